"""Imports in batches: the catalog writes of consecutive files share one transaction (issue 12).

Each test checks what a batch promises the way a person would see it: real files copied into a
real folder, a real SQLite catalog, real processes killed with SIGKILL. The batch limits are class
attributes and the batch clock a module attribute, so a test cuts batches where it wants without
waiting (or racing) for the 50 ms window.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from peewee import OperationalError

from clientvault.core import errors, importing, maintenance, storage
from clientvault.core.catalog.models import Company, name_key
from clientvault.core.changes import Change
from clientvault.core.maintenance import verify
from clientvault.core.sidecars import SIDECAR
from clientvault.core.vault import Vault


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def entries(folder: Path) -> list[str]:
    """Everything in a company folder but its trash and sidecar: temporary copies included."""
    return sorted(p.name for p in folder.iterdir() if p.name not in (storage.TRASH_DIR, SIDECAR)) if folder.exists() else []


def assert_whole(vault: Vault, company_id: int) -> dict[str, str]:
    """Every row has its file with its checksum, nothing else is in the folder (no temporary copy,
    no file without a row), and verify finds nothing. Returns filename -> checksum."""
    docs = vault.catalog.company_documents(company_id)
    for doc in docs:
        assert sha(vault.document_path(doc)) == doc.checksum, doc.filename
    assert entries(vault.company_dir(company_id)) == sorted(d.filename for d in docs)
    assert vault.verify().problems == []
    return {d.filename: d.checksum for d in docs}


@pytest.fixture
def by_size(monkeypatch: pytest.MonkeyPatch) -> Callable[[int], None]:
    """``by_size(n)``: batches of ``n`` files, never cut by the clock."""
    monkeypatch.setattr(importing, "_now", lambda: 0.0)

    def set_size(n: int) -> None:
        monkeypatch.setattr(Vault, "BATCH_FILES", n)

    set_size(Vault.BATCH_FILES)
    return set_size


@pytest.fixture
def added(vault: Vault) -> list[tuple[int, ...]]:
    """The ids of each ``document_added`` the vault announces: one entry per committed batch."""
    seen: list[tuple[int, ...]] = []

    def listen(change: Change) -> None:
        if change.kind == "document_added":
            seen.append(change.document_ids)

    vault.subscribe(listen)
    return seen


# -- what one batch decides ------------------------------------------------------------------------


def test_identical_files_in_one_batch_store_the_content_once(vault: Vault, company: Company, make_file, by_size,
                                                             added: list[tuple[int, ...]]) -> None:
    first = make_file("RUT.pdf", text="rut 2024")
    again = make_file("RUT copia.pdf", text="rut 2024")
    other = make_file("Cámara.pdf", text="cámara")
    third = make_file("RUT otra copia.pdf", text="rut 2024")
    results = vault.import_files(company.id, [first, again, other, third]).results
    assert [r.status for r in results] == ["imported", "duplicate", "imported", "duplicate"]
    doc = results[0].document
    assert doc is not None
    for dup in (results[1], results[3]):
        assert dup.existing is not None and dup.existing.id == doc.id
        assert "already in this company as “RUT.pdf”" in dup.message
    assert len(added) == 1 and sorted(added[0]) == sorted(r.document.id for r in results if r.document)
    assert sorted(assert_whole(vault, company.id)) == ["Cámara.pdf", "RUT.pdf"]


def test_identical_files_kept_on_request_in_one_batch(vault: Vault, company: Company, make_file, by_size) -> None:
    paths = [make_file("RUT.pdf", text="rut"), make_file("RUT copia.pdf", text="rut")]
    results = vault.import_files(company.id, paths, keep_duplicates=True).results
    assert [r.status for r in results] == ["imported", "imported"]
    assert sorted(assert_whole(vault, company.id)) == ["RUT copia.pdf", "RUT.pdf"]


def test_same_names_in_one_batch_get_numbered(vault: Vault, company: Company, make_file, tmp_path: Path,
                                              by_size) -> None:
    vault.import_file(company.id, make_file("Factura.pdf", text="enero", folder=tmp_path / "antes"))
    paths = [make_file(name, text=f"factura {i}", folder=tmp_path / f"carpeta {i}")
             for i, name in enumerate(["Factura.pdf", "Factura.pdf", "factura.PDF", "Acta.pdf", "Acta.pdf"])]
    results = vault.import_files(company.id, paths).results
    assert [r.status for r in results] == ["imported"] * 5
    names = [r.document.filename for r in results if r.document is not None]
    assert names[:2] == ["Factura (2).pdf", "Factura (3).pdf"]
    assert names[3:] == ["Acta.pdf", "Acta (2).pdf"]
    assert name_key(names[2]) not in {name_key(n) for n in ["Factura.pdf", *names[:2]]}
    whole = assert_whole(vault, company.id)
    assert len(whole) == 6 and len({name_key(n) for n in whole}) == 6
    for src, result in zip(paths, results, strict=True):
        assert result.document is not None and whole[result.document.filename] == sha(src)


def test_more_than_a_batch_commits_in_batches(vault: Vault, company: Company, make_file, by_size,
                                              added: list[tuple[int, ...]]) -> None:
    paths = [make_file(f"soporte {i:03d}.csv", text=f"soporte {i}") for i in range(150)]
    calls: list[tuple[int, int]] = []
    summary = vault.import_files(company.id, paths, progress=lambda i, n, _p: calls.append((i, n)))
    assert calls == [(i, 150) for i in range(151)]  # once per file, as the progress bar expects, and at the end
    assert [r.source for r in summary.results] == paths and {r.status for r in summary.results} == {"imported"}
    assert [len(ids) for ids in added] == [64, 64, 22]
    assert [i for ids in added for i in ids] == [r.document.id for r in summary.results if r.document]
    assert len(assert_whole(vault, company.id)) == 150


def test_the_time_window_cuts_a_batch(vault: Vault, company: Company, make_file, monkeypatch: pytest.MonkeyPatch,
                                      added: list[tuple[int, ...]]) -> None:
    """Each file takes 30 ms on a fake clock: the first of a batch has waited 50 ms by the third."""
    clock = [0.0]
    monkeypatch.setattr(importing, "_now", lambda: clock[0])
    paths = [make_file(f"extracto {i}.csv", text=f"extracto {i}") for i in range(7)]
    events: list[str] = []

    def progress(i: int, _n: int, _p: Path) -> None:
        clock[0] += 0.03
        events.append(f"copy {i}")

    summary = vault.import_files(company.id, paths, progress=progress,
                                 on_result=lambda r: events.append(f"{r.status} {paths.index(r.source)}"))
    assert [len(ids) for ids in added] == [3, 3, 1]
    # A result is told once its batch committed, in order, before the next file is copied.
    assert events[:8] == ["copy 0", "copy 1", "copy 2", "imported 0", "imported 1", "imported 2", "copy 3", "copy 4"]
    assert events[-3:] == ["copy 6", "imported 6", "copy 7"] and len(events) == 15  # "copy 7": (n, n), all in
    assert len(summary.of("imported")) == 7


def test_refusals_keep_their_place_among_the_results(vault: Vault, company: Company, make_file, by_size) -> None:
    paths = [make_file("uno.pdf"), make_file("vacío.pdf", data=b""), make_file("dos.pdf"),
             make_file("falso.pdf", data=b"not a pdf at all"), make_file("tres.pdf")]
    told: list[Path] = []
    summary = vault.import_files(company.id, paths, on_result=lambda r: told.append(r.source))
    assert [r.status for r in summary.results] == ["imported", "refused", "imported", "refused", "imported"]
    assert [r.source for r in summary.results] == paths == told


def test_another_window_hears_one_change_per_batch(vault: Vault, company: Company, make_file, by_size) -> None:
    other = Vault(vault.root)
    try:
        heard: list[Change] = []
        other.subscribe(heard.append)
        other.poll_changes()
        heard.clear()
        summary = vault.import_files(company.id, [make_file(f"acta {i}.pdf", text=f"acta {i}") for i in range(5)])
        assert other.poll_changes() == 1
        assert heard == [Change("document_added", company.id, tuple(r.document.id for r in summary.results
                                                                     if r.document), external=True)]
    finally:
        other.close()


# -- when something fails inside a batch ------------------------------------------------------------


@pytest.fixture
def two_imported(vault: Vault, company: Company, make_file, tmp_path: Path) -> dict[str, str]:
    for name in ("RUT 2024.pdf", "Extracto enero.csv"):
        assert vault.import_file(company.id, make_file(name, folder=tmp_path / "antes")).status == "imported"
    return {d.filename: d.checksum for d in vault.catalog.company_documents(company.id)}


def test_a_commit_failing_refuses_its_batch_and_changes_nothing(
    vault: Vault, company: Company, make_file, two_imported: dict[str, str], by_size,
    added: list[tuple[int, ...]], monkeypatch: pytest.MonkeyPatch,
) -> None:
    by_size(4)
    paths = [make_file(f"soporte {i}.pdf", text=f"soporte {i}") for i in range(10)]
    real_commit = vault.catalog.db.commit
    commits: list[int] = []

    def second_fails() -> None:
        commits.append(1)
        if len(commits) == 2:  # the batch of files 4-7, all renamed into place by now
            assert all((vault.company_dir(company.id) / f"soporte {i}.pdf").exists() for i in range(4, 8))
            raise OperationalError("disk I/O error")
        real_commit()

    monkeypatch.setattr(vault.catalog.db, "commit", second_fails)
    summary = vault.import_files(company.id, paths)
    monkeypatch.setattr(vault.catalog.db, "commit", real_commit)
    assert [r.status for r in summary.results] == ["imported"] * 4 + ["refused"] * 4 + ["imported"] * 2
    for i, result in enumerate(summary.results[4:8], start=4):
        # Its own name, the disk's trouble in plain words, and the promise that nothing changed.
        assert f"soporte {i}.pdf" in result.message and "the disk did not respond properly" in result.message
        assert "I/O" not in result.message  # SQLite's own English stays in the log
        assert "Nothing in your files was changed" in result.message
    assert [len(ids) for ids in added] == [4, 2]  # the refused batch was told to no one
    whole = assert_whole(vault, company.id)
    assert whole == {**two_imported, **{f"soporte {i}.pdf": sha(paths[i]) for i in (0, 1, 2, 3, 8, 9)}}


def test_the_database_refusing_the_nth_row_refuses_the_batch(
    vault: Vault, company: Company, make_file, two_imported: dict[str, str], by_size,
) -> None:
    """A real SQLite error at the fourth insert of the batch (a trigger, no mocking): the three rows
    before it and their files, already in place, go back out with it."""
    vault.catalog.db.execute_sql(
        "CREATE TEMP TRIGGER refuse_fifth BEFORE INSERT ON document WHEN (SELECT COUNT(*) FROM document) >= 5 "
        "BEGIN SELECT RAISE(ABORT, 'disk quota exceeded'); END")
    paths = [make_file(f"acta {i}.pdf", text=f"acta {i}") for i in range(6)]
    summary = vault.import_files(company.id, paths)
    vault.catalog.db.execute_sql("DROP TRIGGER refuse_fifth")
    assert [r.status for r in summary.results] == ["refused"] * 6
    for path, result in zip(paths, summary.results, strict=True):
        assert path.name in result.message and "your share of space on that disk is full" in result.message
    assert assert_whole(vault, company.id) == two_imported
    assert {r.status for r in vault.import_files(company.id, paths).results} == {"imported"}


def test_one_rename_failing_refuses_only_that_file(
    vault: Vault, company: Company, make_file, two_imported: dict[str, str], by_size,
    added: list[tuple[int, ...]], monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_move = storage.move

    def move(src: Path, dst: Path) -> None:
        if dst.name == "Contrato.pdf":
            raise OSError(errno.EACCES, os.strerror(errno.EACCES), str(dst))
        real_move(src, dst)

    monkeypatch.setattr(storage, "move", move)
    paths = [make_file(n) for n in ("Acta.pdf", "Balance.csv", "Contrato.pdf", "Declaración.pdf", "Extracto.csv")]
    summary = vault.import_files(company.id, paths)
    monkeypatch.undo()
    assert [r.status for r in summary.results] == ["imported", "imported", "refused", "imported", "imported"]
    assert "Contrato.pdf" in summary.results[2].message and "has no permission to write" in summary.results[2].message
    assert len(added) == 1 and len(added[0]) == 4  # its savepoint took its row back; the batch went on
    whole = assert_whole(vault, company.id)
    assert sorted(whole) == sorted([*two_imported, "Acta.pdf", "Balance.csv", "Declaración.pdf", "Extracto.csv"])


def test_a_duplicate_of_a_refused_batch_is_refused_with_it(
    vault: Vault, company: Company, make_file, two_imported: dict[str, str], by_size, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """"Already in the vault as…" must not name a file that never got in; a duplicate of a file that
    was in before stays a duplicate."""
    paths = [make_file("Acta.pdf", text="acta"), make_file("Acta copia.pdf", text="acta"),
             make_file("RUT copia.pdf", data=(vault.company_dir(company.id) / "RUT 2024.pdf").read_bytes())]

    def fail() -> None:
        raise OperationalError("database or disk is full")

    monkeypatch.setattr(vault.catalog.db, "commit", fail)
    summary = vault.import_files(company.id, paths)
    monkeypatch.undo()
    assert [r.status for r in summary.results] == ["refused", "refused", "duplicate"]
    assert "Acta copia.pdf" in summary.results[1].message
    assert assert_whole(vault, company.id) == two_imported


def test_a_busy_company_refuses_the_batch_and_leaves_no_copy(
    vault: Vault, company: Company, make_file, two_imported: dict[str, str], by_size, lock_held_elsewhere,
) -> None:
    vault.wait_for_locks(0.2)
    with lock_held_elsewhere(vault.root, company.id):
        summary = vault.import_files(company.id, [make_file(f"nómina {i}.pdf", text=f"{i}") for i in range(3)])
    assert [r.status for r in summary.results] == ["refused"] * 3
    assert summary.results[0].message == errors.VaultBusy().message
    assert assert_whole(vault, company.id) == two_imported


def test_a_lock_that_cannot_be_taken_refuses_the_files_in_words(
    vault: Vault, company: Company, make_file, two_imported: dict[str, str], by_size, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The lock's file cannot be made (read-only or full disk): each file is refused with its name and
    the cause, the others are still tried, no copy is left; it used to stop the whole upload with
    "an unexpected problem"."""
    from clientvault.core.catalog import sqlite

    def read_only(self, name: str, timeout: float):  # noqa: ANN202
        raise PermissionError(errno.EROFS, "Read-only file system", str(self.locks_dir / f"{name}.lock"))

    by_size(2)
    monkeypatch.setattr(sqlite.SqliteDialect, "lock", read_only)
    paths = [make_file(f"nómina {i}.pdf", text=f"nómina {i}") for i in range(3)]
    summary = vault.import_files(company.id, paths)
    assert [r.status for r in summary.results] == ["refused"] * 3
    for path, result in zip(paths, summary.results, strict=True):
        assert path.name in result.message and "read-only" in result.message.lower()
        assert "Nothing in your files was changed" in result.message
    monkeypatch.undo()
    assert assert_whole(vault, company.id) == two_imported


def test_cancel_in_the_middle_of_a_batch_keeps_the_copied_ones(vault: Vault, company: Company, make_file,
                                                                by_size, added: list[tuple[int, ...]]) -> None:
    paths = [make_file(f"soporte {i}.pdf", text=f"soporte {i}") for i in range(10)]
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 4

    summary = vault.import_files(company.id, paths, cancelled=cancelled)
    assert summary.cancelled
    assert [r.source for r in summary.results] == paths[:4] and len(summary.of("imported")) == 4
    assert [len(ids) for ids in added] == [4]  # copied, not yet committed when the cancel came: committed
    assert sorted(assert_whole(vault, company.id)) == sorted(p.name for p in paths[:4])


def test_an_unexpected_stop_still_commits_what_was_copied(vault: Vault, company: Company, make_file,
                                                          by_size) -> None:
    """The window says "the files uploaded before it are kept" when an upload stops on a bug."""
    paths = [make_file(f"soporte {i}.pdf", text=f"soporte {i}") for i in range(6)]

    def progress(i: int, _n: int, _p: Path) -> None:
        if i == 3:
            raise RuntimeError("a bug in a progress bar")

    with pytest.raises(RuntimeError):
        vault.import_files(company.id, paths, progress=progress)
    assert sorted(assert_whole(vault, company.id)) == sorted(p.name for p in paths[:3])


def test_import_file_is_a_batch_of_one(vault: Vault, company: Company, make_file, monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line's single file: a result when refused before the lock, an exception after."""
    assert vault.import_file(company.id, make_file("RUT.pdf")).status == "imported"
    assert vault.import_file(company.id, make_file("copia.pdf", text="RUT.pdf")).status == "duplicate"
    monkeypatch.setattr(storage, "move", lambda *_a: (_ for _ in ()).throw(OSError(errno.EROFS, "read-only")))
    with pytest.raises(errors.StorageError):
        vault.import_file(company.id, make_file("Acta.pdf"))
    monkeypatch.undo()
    assert sorted(assert_whole(vault, company.id)) == ["RUT.pdf"]


# -- other processes ---------------------------------------------------------------------------------

CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from clientvault.core import storage
    from clientvault.core.vault import Vault

    data_dir, company_id, src, stop_after = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
    Vault.BATCH_SECONDS = 3600.0  # batches of exactly BATCH_FILES: the test knows where each one ends
    moved = 0
    real_move = storage.move

    def move(a, b):
        global moved
        real_move(a, b)
        moved += 1
        if moved == stop_after:  # renamed into place, its batch not committed: the moment to be killed
            print("STOP", flush=True)
            time.sleep(120)

    storage.move = move
    vault = Vault(data_dir)
    vault.import_files(company_id, sorted(src.iterdir()),
                       on_result=lambda r: print(r.status, r.source.name, flush=True))
    print("DONE", flush=True)
    """
)


def _sources(folder: Path, make_file, count: int, prefix: str = "soporte") -> dict[str, str]:  # type: ignore[no-untyped-def]
    out = {}
    for i in range(count):
        size = (i * 7919) % (256 * 1024) + 1024  # 1 KB .. 257 KB, mixed
        path = make_file(f"{prefix} {i:03d}.pdf", size=size, folder=folder)
        out[path.name] = sha(path)
    return out


def _run_child(root: Path, company_id: int, src: Path, stop_after: int) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", CHILD, str(root), str(company_id), str(src), str(stop_after)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _reported(lines: list[str]) -> set[str]:
    return {line.split(" ", 1)[1] for line in lines if line.startswith("imported ")}


def _assert_recovers(vault: Vault, company_id: int, sources: dict[str, str], reported: set[str]) -> None:
    """After a kill: every file reported imported is in, whole; every row has its file; what verify
    sees is only what a kill may leave (files renamed into place whose batch never committed); a
    repair registers those, and removes the temporary copies once they are old."""
    folder = vault.company_dir(company_id)
    docs = {d.filename: d for d in vault.catalog.company_documents(company_id)}
    assert reported <= set(docs)
    for doc in docs.values():
        assert sha(vault.document_path(doc)) == doc.checksum == sources[doc.original_filename]
    first = verify(vault)
    assert {p.kind for p in first.problems} <= {"orphan"}, [(p.kind, p.message) for p in first.problems]
    assert verify(vault, repair=True).consistent
    old = time.time() - 2 * maintenance.TEMP_MAX_AGE
    for name in entries(folder):
        if name.startswith(storage.TEMP_PREFIX):  # young: an import in progress, as far as anyone knows
            os.utime(folder / name, (old, old))
    assert verify(vault, repair=True).consistent
    whole = assert_whole(vault, company_id)
    for doc in vault.catalog.company_documents(company_id):
        assert whole[doc.filename] == sources[doc.original_filename]  # nothing half-written was kept
    assert not (vault.root / "lost+found").exists()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_sigkill_between_the_renames_and_the_commit_of_a_batch(vault_dir: Path, make_file, tmp_path: Path) -> None:
    vault = Vault(vault_dir)
    company = vault.add_company("Andina S.A.S.")
    vault.close()
    src = tmp_path / "lote"
    sources = _sources(src, make_file, 100)
    # The second batch (files 64-99): killed when 20 of its 36 files are renamed into place.
    proc = _run_child(vault_dir, company.id, src, stop_after=64 + 20)
    lines: list[str] = []
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line.strip())
            if line.strip() in ("STOP", "DONE"):
                break
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        _, err = proc.communicate(timeout=30)
    assert lines[-1] == "STOP", err
    assert proc.returncode == -signal.SIGKILL
    reported = _reported(lines)
    assert len(reported) == 64  # the first batch, told after its commit

    vault = Vault(vault_dir)
    try:
        folder = vault.company_dir(company.id)
        assert len(vault.catalog.company_documents(company.id)) == 64  # the second batch never committed
        temps = [n for n in entries(folder) if n.startswith(storage.TEMP_PREFIX)]
        assert len(temps) == 36 - 20
        orphans = [p for p in verify(vault).problems if p.kind == "orphan"]
        assert len(orphans) == 20  # complete files under their final names, their rows never committed
        _assert_recovers(vault, company.id, sources, reported)
        assert len(vault.catalog.company_documents(company.id)) == 84  # re-registered: their content was whole
    finally:
        vault.close()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_sigkill_at_any_moment_of_large_batches(vault_dir: Path, make_file, tmp_path: Path) -> None:
    """Killed at several moments after its first batch was told (copying the next one, renaming it,
    committing it, telling it), one folder per round into the same company: nothing reported
    imported is ever lost."""
    vault = Vault(vault_dir)
    company = vault.add_company("Andina S.A.S.")
    vault.close()
    sources: dict[str, str] = {}
    reported: set[str] = set()
    for r, delay in enumerate((0.0, 0.003, 0.01, 0.02, 0.04)):
        src = tmp_path / f"lote {r}"
        sources.update(_sources(src, make_file, 200, prefix=f"soporte {r}"))
        proc = _run_child(vault_dir, company.id, src, stop_after=10**9)  # never stops by itself
        lines: list[str] = []
        try:
            assert proc.stdout is not None
            for line in proc.stdout:
                lines.append(line.strip())
                if len(lines) >= 64 or line.strip() == "DONE":
                    break
            time.sleep(delay)
            os.kill(proc.pid, signal.SIGKILL)
        finally:
            out, err = proc.communicate(timeout=30)
        lines += out.splitlines()
        assert proc.returncode == -signal.SIGKILL, err
        assert "DONE" not in lines, "the import finished before it was killed: make it longer"
        reported |= _reported(lines)
    vault = Vault(vault_dir)
    try:
        _assert_recovers(vault, company.id, sources, reported)
    finally:
        vault.close()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_sigkill_of_the_import_command(vault_dir: Path, make_file, tmp_path: Path) -> None:
    """``clientvault import FOLDER`` killed in the middle: its output may be cut anywhere, so what is
    checked is the catalog: every committed row has its whole file, and verify loses nothing."""
    vault = Vault(vault_dir)
    company = vault.add_company("Andina S.A.S.")
    folder = vault.company_dir(company.id)
    vault.close()
    src = tmp_path / "lote"
    sources = _sources(src, make_file, 200)
    proc = subprocess.Popen([sys.executable, "-m", "clientvault", "--data-dir", str(vault_dir), "import",
                             str(company.id), str(src)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if folder.exists() and len([n for n in os.listdir(folder) if not n.startswith(".")]) >= 40:
            break
        time.sleep(0.005)
    os.kill(proc.pid, signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, err
    vault = Vault(vault_dir)
    try:
        # "imported: /path/to/soporte 001.pdf: saved as …" for each file it got to tell.
        told = {Path(line.split(": ")[1]).name for line in out.splitlines() if line.startswith("imported: ")}
        _assert_recovers(vault, company.id, sources, told)
    finally:
        vault.close()


CONCURRENT = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from clientvault.core.vault import Vault

    vault = Vault(sys.argv[1])
    ready, go = Path(sys.argv[4]), Path(sys.argv[5])
    ready.touch()
    while not go.exists():  # both start together, whatever each took to load
        time.sleep(0.001)
    summary = vault.import_files(int(sys.argv[2]), [Path(sys.argv[3])])
    print(json.dumps([[r.status, r.source.name, r.document.filename if r.document else None] for r in summary.results]))
    """
)


def test_two_processes_importing_the_same_names_in_batches(tmp_path: Path, make_file) -> None:
    """Each holds the company's lock for one batch at a time: they interleave, never pick the same
    name, and never lose a file."""
    root = tmp_path / "vault"
    vault = Vault(root)
    company = vault.add_company("Andina S.A.S.")
    vault.close()
    folders, sources = [], {}
    for p in range(2):
        folder = tmp_path / f"descargas {p}"
        for i in range(150):  # the same names in both, other contents; big enough to take a while
            path = make_file(f"factura {i:03d}.pdf", size=(i * 7919) % (128 * 1024) + 1024, folder=folder)
            sources[sha(path)] = path
        folders.append(folder)
    go = tmp_path / "go"
    readies = [tmp_path / f"ready {p}" for p in range(2)]
    procs = [subprocess.Popen([sys.executable, "-c", CONCURRENT, str(root), str(company.id), str(folder), str(ready),
                               str(go)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for folder, ready in zip(folders, readies, strict=True)]
    deadline = time.monotonic() + 60
    while not all(r.exists() for r in readies) and time.monotonic() < deadline:
        time.sleep(0.005)
    go.touch()
    outputs = [proc.communicate(timeout=300) for proc in procs]
    names: list[str] = []
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        rows = json.loads(out)
        assert [status for status, _src, _name in rows] == ["imported"] * 150
        names += [name for _status, _src, name in rows]
    assert len({name_key(n) for n in names}) == 300
    vault = Vault(root)
    try:
        whole = assert_whole(vault, company.id)
        assert sorted(whole.values()) == sorted(sources)
    finally:
        vault.close()

