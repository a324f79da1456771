"""Who may read the vault (item 8 of "Nothing lost, whatever happens"): its owner only.

Folders 0700 and files 0600, whatever the umask: the database and its -wal/-shm, the documents,
the trash, the locks, the backups, the exported ZIP. A vault an older release (or a copy by hand)
left 0755/0644 is fixed when it is opened, once: later opens only look at the data folder's own
files unless the marker says the tree was loosened again. POSIX only: on Windows the profile
folder already keeps other accounts out and chmod means little.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from clientvault import paths
from clientvault.core.catalog import SqliteDialect, migrations
from clientvault.core.catalog.models import Company
from clientvault.core.export import export_company
from clientvault.core.vault import Vault
from clientvault.logsetup import setup_logging, stop_logging

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def modes_under(root: Path) -> dict[str, int]:
    """The mode of the data folder and of everything in it (links excluded), by relative path."""
    out = {".": mode(root)}
    for p in root.rglob("*"):
        if not p.is_symlink():
            out[str(p.relative_to(root))] = mode(p)
    return out


def loose(modes: dict[str, int], root: Path) -> dict[str, str]:
    """What is not owner-only: folders other than 0700, files other than 0600."""
    bad = {}
    for rel, m in modes.items():
        want = 0o700 if (root / rel).is_dir() else 0o600
        if m != want:
            bad[rel] = oct(m)
    return bad


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The worst umask a person can have: everything created readable and writable by everyone."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def loosen(root: Path) -> None:
    """Make a vault look as an older release (or ``cp -r`` under umask 022) left it: 0755/0644."""
    for p in [root, *root.rglob("*")]:
        if not p.is_symlink():
            os.chmod(p, 0o755 if p.is_dir() else 0o644)


# -- everything new is private ------------------------------------------------------------------


def test_a_new_vault_import_trash_and_export_are_private_under_umask_000(
    open_umask: None, tmp_path: Path, make_file
) -> None:
    root = tmp_path / "vault"
    vault = Vault(root)
    try:
        company = vault.add_company("Comercializadora Andina S.A.S.")
        doc = vault.import_file(company.id, make_file("RUT.pdf")).document
        trashed = vault.import_file(company.id, make_file("borrador.pdf")).document
        assert doc is not None and trashed is not None
        vault.delete([trashed.id])
        zip_path = tmp_path / "fuera" / "andina.zip"
        zip_path.parent.mkdir()
        export_company(vault, company.id, zip_path)
        assert (root / "vault.db-wal").exists() and (root / "vault.db-shm").exists()
        assert list((root / "locks").glob("*.lock"))
        modes = modes_under(root)
        assert loose(modes, root) == {}, loose(modes, root)
        assert modes["vault.db"] == modes["vault.db-wal"] == modes["vault.db-shm"] == 0o600
        assert mode(vault.document_path(doc)) == 0o600
        assert mode(vault.trash_dir(company.id)) == 0o700
        assert mode(vault.document_path(vault.document(trashed.id))) == 0o600
        assert mode(zip_path) == 0o600  # it holds the client's papers
    finally:
        vault.close()


def test_the_log_folder_is_private(open_umask: None, tmp_path: Path) -> None:
    root = tmp_path / "vault"
    try:
        log_file = setup_logging(root)
        logging.getLogger("clientvault.test").warning("hola")
    finally:
        stop_logging()
    assert mode(log_file.parent) == 0o700
    Vault(root).close()  # the log file itself (written by the logging module) is made private at open
    assert mode(log_file) == 0o600


def test_the_database_is_private_before_sqlite_writes_a_byte(open_umask: None, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite gives -wal and -shm the main file's mode: vault.db must be 0600 when it first connects,
    not fixed afterwards."""
    seen: list[int] = []
    real_connect = sqlite3.connect

    def watch(*args, **kwargs):  # type: ignore[no-untyped-def]
        db = tmp_path / "vault" / "vault.db"
        if db.exists():
            seen.append(mode(db))
        return real_connect(*args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", watch)
    Vault(tmp_path / "vault").close()
    assert seen and set(seen) == {0o600}


def test_a_migrations_backup_is_private_under_umask_000(open_umask: None, tmp_path: Path) -> None:
    """An older catalog is copied before it is upgraded: that copy holds every client's name."""
    root = tmp_path / "vault"
    root.mkdir()
    dialect = SqliteDialect(root / "vault.db")
    db = dialect.connect()
    try:
        migrator = dialect.migrator(db)
        for step in migrations.STEPS[:-1]:  # a vault as the release before this one left it
            with db.atomic():
                step.apply(db, migrator)
                dialect.write_version(db, step.version)
    finally:
        db.close()
    Vault(root).close()
    backups = list(root.rglob("*.bak"))
    assert backups and {p.name: mode(p) for p in backups} == {p.name: 0o600 for p in backups}
    assert loose(modes_under(root), root) == {}


# -- an existing vault is fixed at open -------------------------------------------------------------


def _vault_with_files(root: Path, make_file) -> Company:
    vault = Vault(root)
    try:
        company = vault.add_company("Comercializadora Andina S.A.S.")
        for name in ("RUT.pdf", "Cámara de Comercio 2024.pdf", "borrador.pdf"):
            vault.import_file(company.id, make_file(name))
        [trashed] = [d for d in vault.list_documents(company.id) if d.filename == "borrador.pdf"]
        vault.delete([trashed.id])
    finally:
        vault.close()
    return company


def test_a_vault_made_0755_0644_by_hand_is_fixed_at_open(tmp_path: Path, make_file) -> None:
    root = tmp_path / "vault"
    _vault_with_files(root, make_file)
    (root / "lost+found" / "1").mkdir(parents=True)
    (root / "lost+found" / "1" / "suelto.pdf").write_bytes(b"%PDF-1.4 suelto")
    loosen(root)
    assert loose(modes_under(root), root) != {}
    Vault(root).close()
    assert loose(modes_under(root), root) == {}


def test_old_releases_vault_without_marker_is_walked_once(tmp_path: Path, make_file,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """An older release made folders 0700 but files 0644, and wrote no marker."""
    root = tmp_path / "vault"
    _vault_with_files(root, make_file)
    (root / paths.MODES_MARKER).unlink()
    for p in root.rglob("*"):
        if p.is_file():
            os.chmod(p, 0o644)
    walks: list[int] = []
    real_walk = paths._Tightener.walk

    def count(self, folders):  # type: ignore[no-untyped-def]
        walks.append(1)
        return real_walk(self, folders)

    monkeypatch.setattr(paths._Tightener, "walk", count)
    Vault(root).close()
    assert loose(modes_under(root), root) == {} and walks == [1]
    assert mode(root / paths.MODES_MARKER) == 0o600
    Vault(root).close()
    assert walks == [1]  # the next open does not walk the documents again


def test_a_loosened_marker_makes_the_next_open_walk_again(tmp_path: Path, make_file) -> None:
    """``cp -r`` or a restore loosens the marker with the rest: the marker's own mode tells."""
    root = tmp_path / "vault"
    company = _vault_with_files(root, make_file)
    folder = root / "companies" / str(company.id)
    for p in folder.iterdir():
        if p.is_file():
            os.chmod(p, 0o644)
    os.chmod(root / paths.MODES_MARKER, 0o644)
    Vault(root).close()
    assert loose(modes_under(root), root) == {}


def test_links_are_not_followed_and_other_folders_are_left_alone(tmp_path: Path, make_file) -> None:
    root = tmp_path / "vault"
    company = _vault_with_files(root, make_file)
    elsewhere = tmp_path / "compartido.pdf"
    elsewhere.write_bytes(b"%PDF-1.4 de otro")
    os.chmod(elsewhere, 0o644)
    (root / "companies" / str(company.id) / "enlace.pdf").symlink_to(elsewhere)
    (root / "enlace-raiz.pdf").symlink_to(elsewhere)
    mine = root / "mis cosas"  # not a folder the vault made: the data folder's 0700 protects it
    mine.mkdir()
    (mine / "notas.txt").write_text("hola", encoding="utf-8")
    os.chmod(mine, 0o755)
    os.chmod(mine / "notas.txt", 0o644)
    loosen(root)
    Vault(root).close()
    assert mode(elsewhere) == 0o644  # the link's target, outside the vault, untouched
    assert mode(mine) == 0o755 and mode(mine / "notas.txt") == 0o644
    assert mode(root) == 0o700 and mode(root / "companies") == 0o700


def test_a_file_that_cannot_be_changed_does_not_stop_the_open(tmp_path: Path, make_file,
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              caplog: pytest.LogCaptureFixture) -> None:
    root = tmp_path / "vault"
    company = _vault_with_files(root, make_file)
    stuck = root / "companies" / str(company.id) / "RUT.pdf"
    loosen(root)
    real_chmod = os.chmod

    def refuse(path, m, *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(path) == stuck:
            raise PermissionError(1, "Operation not permitted", str(path))
        return real_chmod(path, m, *args, **kwargs)

    monkeypatch.setattr(paths.os, "chmod", refuse)
    with caplog.at_level(logging.WARNING, logger="clientvault.paths"):
        vault = Vault(root)
    try:
        assert vault.companies()  # open as usual
    finally:
        vault.close()
    assert f"could not make {stuck} private" in caplog.text
    assert mode(stuck) == 0o644
    assert set(loose(modes_under(root), root)) == {str(stuck.relative_to(root))}
    assert not (root / paths.MODES_MARKER).exists()  # so the next open walks again
    monkeypatch.setattr(paths.os, "chmod", real_chmod)
    Vault(root).close()  # no marker was written, so the next open tries again
    assert mode(stuck) == 0o600


def test_nothing_is_changed_where_modes_mean_nothing(tmp_path: Path, make_file, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "vault"
    _vault_with_files(root, make_file)
    loosen(root)
    before = modes_under(root)
    monkeypatch.setattr(paths, "POSIX_MODES", False)
    Vault(root).close()
    assert {k: v for k, v in modes_under(root).items() if k in before} == before


def test_ensure_private_dir_tightens_an_existing_folder(tmp_path: Path) -> None:
    folder = tmp_path / "datos"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    assert paths.ensure_private_dir(folder) == folder
    assert mode(folder) == 0o700


# -- how long the fix takes -----------------------------------------------------------------------------


def test_fixing_20000_files_takes_well_under_a_second(tmp_path: Path) -> None:
    """20,000 documents (20 companies of 1,000): the first open's walk, then the later opens' look."""
    root = tmp_path / "vault"
    for c in range(20):
        folder = root / "companies" / str(c + 1)
        folder.mkdir(parents=True)
        for i in range(1000):
            (folder / f"documento {i:04d}.pdf").write_bytes(b"%PDF-1.4")
    loosen(root)
    start = time.perf_counter()
    changed = paths.make_private(root)
    walk = time.perf_counter() - start
    assert changed == 20000 + 20 + 2  # the files, the company folders, companies/ and the data folder
    start = time.perf_counter()
    assert paths.make_private(root) == 0
    look = time.perf_counter() - start
    print(f"\n20,000 files: first walk {walk * 1000:.0f} ms, later opens {look * 1000:.2f} ms")
    assert walk < 1.5 and look < 0.05
