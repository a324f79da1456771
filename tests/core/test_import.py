"""Importing files: real copies, safe unique names, duplicates, and atomicity when things go wrong.

"Atomic" is checked the way a person would: after a failure there is no new row, no new file and
no temporary file in the company folder, the files imported before are byte-for-byte intact, and
``verify`` finds nothing to complain about.
"""

from __future__ import annotations

import errno
import hashlib
import os
import signal
import subprocess
import sys
import textwrap
import time
import unicodedata
from pathlib import Path

import pytest
from peewee import OperationalError

from clientvault.core import errors, maintenance, storage
from clientvault.core.catalog.models import Company
from clientvault.core.maintenance import verify
from clientvault.core.sidecars import SIDECAR
from clientvault.core.vault import Vault


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files_in(folder: Path) -> list[str]:
    """Every entry of a company folder except the trash folder and the company's sidecar
    (temporary files included)."""
    return sorted(p.name for p in folder.iterdir() if p.name not in (storage.TRASH_DIR, SIDECAR)) if folder.exists() else []


def assert_intact(vault: Vault, before: dict[str, str]) -> None:
    """The documents imported before a failure: same rows, same bytes, and a clean verify."""
    rows = {d.filename: d.checksum for d in vault.catalog.Document.select()}
    assert rows == before
    for doc in vault.catalog.Document.select():
        assert sha(vault.document_path(doc)) == doc.checksum
    report = verify(vault)
    assert report.problems == []


@pytest.fixture
def two_imported(vault: Vault, company: Company, make_file) -> dict[str, str]:
    """Two documents already in the vault; returns filename -> sha256."""
    for name in ("RUT 2024.pdf", "Extracto enero.csv"):
        assert vault.import_file(company.id, make_file(name)).status == "imported"
    before = {d.filename: d.checksum for d in vault.catalog.Document.select()}
    assert len(before) == 2
    return before


# -- plain imports -------------------------------------------------------------------------------


def test_imported_copy_is_byte_identical_with_sha256(vault: Vault, company: Company, make_file) -> None:
    src = make_file("Certificado Cámara de Comercio.pdf")
    result = vault.import_file(company.id, src)
    assert result.status == "imported"
    doc = result.document
    assert doc is not None
    stored = vault.company_dir(company.id) / doc.filename
    assert stored == vault.document_path(doc)
    assert stored.read_bytes() == src.read_bytes()
    assert doc.checksum == sha(src)
    assert doc.size == src.stat().st_size
    assert doc.mime_type == "application/pdf"
    assert (doc.filename, doc.original_filename, doc.title) == (src.name, src.name, src.stem)
    assert doc.format_code == "pdf"
    assert "saved as" in result.message and doc.filename in result.message
    assert src.exists()  # the original stays where it was
    # The row reads back the same from the database.
    again = vault.catalog.Document.get_by_id(doc.id)
    assert (again.checksum, again.size, again.filename) == (doc.checksum, doc.size, doc.filename)


def test_corpus_files_are_imported_or_refused(vault: Vault, company: Company, corpus: Path, manifest) -> None:
    refused_expected = {"empty.pdf", "Factura_2024-03.xlsx", "too_small.xls"} | {
        r["file_name"] for r in manifest if r["expected"] == "oversize"
    }
    summary = vault.import_files(company.id, [corpus / r["file_name"] for r in manifest])
    by_name = {r.source.name: r for r in summary.results}
    assert set(by_name) == {r["file_name"] for r in manifest}
    for row in manifest:
        result = by_name[row["file_name"]]
        if row["file_name"] in refused_expected:
            assert result.status == "refused", row["file_name"]
        else:
            assert result.status == "imported", (row["file_name"], result.message)
            doc = result.document
            assert doc is not None
            assert doc.checksum == row["sha256"]
            assert sha(vault.document_path(doc)) == row["sha256"]
    assert "PDF" in by_name["Factura_2024-03.xlsx"].message and ".xlsx" in by_name["Factura_2024-03.xlsx"].message
    assert "empty" in by_name["empty.pdf"].message
    assert "over the 5 MB limit" in by_name["spark.png"].message
    imported = len(summary.of("imported"))
    assert vault.count_documents(company.id) == imported
    assert len(files_in(vault.company_dir(company.id))) == imported
    assert verify(vault).problems == []


def test_import_files_expands_folders(vault: Vault, company: Company, make_file, tmp_path: Path) -> None:
    folder = tmp_path / "carpeta"
    make_file("a.pdf", folder=folder)
    make_file("b.csv", folder=folder / "sub")
    make_file(".oculto.pdf", folder=folder)  # hidden files in a dropped folder are not offered
    make_file("Thumbs.db", data=b"\x00\x01", folder=folder)  # nor unknown extensions
    seen: list[tuple[int, int]] = []
    summary = vault.import_files(company.id, [folder], progress=lambda i, n, _p: seen.append((i, n)))
    assert sorted(r.source.name for r in summary.of("imported")) == ["a.pdf", "b.csv"]
    assert seen == [(0, 2), (1, 2), (2, 2)]


def test_refused_file_leaves_nothing(vault: Vault, company: Company, make_file) -> None:
    result = vault.import_file(company.id, make_file("vacio.pdf", data=b""))
    assert result.status == "refused" and "empty" in result.message
    assert vault.catalog.Document.select().count() == 0
    assert files_in(vault.company_dir(company.id)) == []


# -- names ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Factura: marzo?*.pdf", 'a<b>c|d"e.csv', "x\\y.pdf"])
def test_names_are_made_safe_for_every_os(vault: Vault, company: Company, make_file, name: str) -> None:
    src = make_file(name)  # Linux allows every one of these characters in a name
    doc = vault.import_file(company.id, src).document
    assert doc is not None
    assert not set(doc.filename) & set(':?*<>|"\\/')
    assert Path(doc.filename).suffix == Path(name).suffix
    assert doc.original_filename == name
    assert (vault.company_dir(company.id) / doc.filename).read_bytes() == src.read_bytes()


@pytest.mark.parametrize("name", ["CON.pdf", "nul.csv", "COM1.txt", "aux.PDF"])
def test_windows_reserved_names_are_avoided(vault: Vault, company: Company, make_file, name: str) -> None:
    result = vault.import_file(company.id, make_file(name))
    doc = result.document
    assert doc is not None
    reserved = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
    assert Path(doc.filename).stem.upper() not in reserved
    assert Path(doc.filename).suffix == Path(name).suffix
    assert doc.original_filename == name


def test_very_long_name_is_shortened_keeping_the_extension(vault: Vault, company: Company, make_file) -> None:
    name = "Estado de resultados " + "muy largo " * 22 + ".pdf"
    assert len(name) < 255  # a valid name on Linux, too long for the vault's budget
    doc = vault.import_file(company.id, make_file(name)).document
    assert doc is not None
    assert len(doc.filename) <= storage.MAX_NAME_CHARS
    assert doc.filename.endswith(".pdf") and doc.filename.startswith("Estado de resultados muy largo")
    # A second, different file with the same long name still gets a distinct name within the limit.
    doc2 = vault.import_file(company.id, make_file(name, text="otro", folder=make_file("x").parent / "b")).document
    assert doc2 is not None and doc2.filename != doc.filename
    assert len(doc2.filename) <= storage.MAX_NAME_CHARS + len(" (2)")


def test_accents_are_kept_in_nfc(vault: Vault, company: Company, make_file) -> None:
    nfd = unicodedata.normalize("NFD", "Resolución facturación año 2024.pdf")
    doc = vault.import_file(company.id, make_file(nfd)).document
    assert doc is not None
    assert doc.filename == unicodedata.normalize("NFC", nfd)
    assert (vault.company_dir(company.id) / doc.filename).is_file()


def test_names_are_unique_case_insensitively(vault: Vault, company: Company, make_file, tmp_path: Path) -> None:
    first = vault.import_file(company.id, make_file("Factura.pdf", text="marzo")).document
    second = vault.import_file(company.id, make_file("factura.PDF", text="abril")).document
    assert first is not None and second is not None
    assert first.filename == "Factura.pdf"
    assert second.filename.casefold() != first.filename.casefold()
    assert second.filename == "factura (2).PDF"
    folder = vault.company_dir(company.id)
    assert files_in(folder) == sorted(["Factura.pdf", "factura (2).PDF"])
    assert (folder / "Factura.pdf").read_bytes() != (folder / "factura (2).PDF").read_bytes()
    third = vault.import_file(company.id, make_file("FACTURA.pdf", text="mayo")).document
    assert third is not None and third.filename == "FACTURA (3).pdf"


def test_unregistered_file_on_disk_blocks_its_name(vault: Vault, company: Company, make_file) -> None:
    folder = vault.company_dir(company.id)
    (folder / "nota.txt").write_bytes(b"left here by hand")
    doc = vault.import_file(company.id, make_file("nota.txt")).document
    assert doc is not None and doc.filename == "nota (2).txt"
    assert (folder / "nota.txt").read_bytes() == b"left here by hand"


def test_a_file_that_appears_under_the_chosen_name_is_never_removed(
    vault: Vault, company: Company, make_file, two_imported: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A writer that ignores the company's lock (an older release) puts a file under the very name
    this import chose, after it was checked free: the import gives up, and the other file stays."""
    folder = vault.company_dir(company.id)
    real_move = storage.move

    def other_writer_first(src: Path, dst: Path) -> None:
        dst.write_bytes(b"the other writer's file")
        real_move(src, dst)

    monkeypatch.setattr(storage, "move", other_writer_first)
    with pytest.raises(errors.StorageError, match="free name"):
        vault.import_file(company.id, make_file("Contrato.pdf"))
    monkeypatch.undo()
    assert (folder / "Contrato.pdf").read_bytes() == b"the other writer's file"
    assert sorted(files_in(folder)) == sorted([*two_imported, "Contrato.pdf"])  # no temporary copy left
    assert {d.filename: d.checksum for d in vault.catalog.Document.select()} == two_imported


# -- duplicates ----------------------------------------------------------------------------------


def test_duplicate_is_skipped_naming_the_existing_file(vault: Vault, company: Company, make_file, tmp_path: Path) -> None:
    first = vault.import_file(company.id, make_file("RUT.pdf", text="rut")).document
    assert first is not None
    copy = make_file("RUT copia.pdf", text="rut")
    assert copy.read_bytes() == (vault.document_path(first)).read_bytes()
    result = vault.import_file(company.id, copy)
    assert result.status == "duplicate"
    assert "RUT.pdf" in result.message
    assert result.existing is not None and result.existing.id == first.id
    assert vault.catalog.Document.select().count() == 1
    assert files_in(vault.company_dir(company.id)) == ["RUT.pdf"]


def test_duplicate_is_kept_on_request(vault: Vault, company: Company, make_file) -> None:
    vault.import_file(company.id, make_file("RUT.pdf", text="rut"))
    result = vault.import_file(company.id, make_file("RUT copia.pdf", text="rut"), keep_duplicates=True)
    assert result.status == "imported"
    assert files_in(vault.company_dir(company.id)) == ["RUT copia.pdf", "RUT.pdf"]
    assert len({d.checksum for d in vault.catalog.Document.select()}) == 1


def test_same_content_in_another_company_is_not_a_duplicate(vault: Vault, company: Company, make_file) -> None:
    other = vault.add_company("Otra S.A.S.")
    src = make_file("RUT.pdf")
    assert vault.import_file(company.id, src).status == "imported"
    assert vault.import_file(other.id, src).status == "imported"


def test_trashed_copy_is_not_a_duplicate(vault: Vault, company: Company, make_file) -> None:
    src = make_file("RUT.pdf")
    doc = vault.import_file(company.id, src).document
    assert doc is not None
    vault.delete([doc.id])
    assert vault.import_file(company.id, src).status == "imported"


# -- atomicity under injected failures -----------------------------------------------------------


def test_copy_failing_midway_leaves_nothing(
    vault: Vault, company: Company, make_file, two_imported: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    src = make_file("Estados financieros.pdf", size=int(2.5 * storage.CHUNK))
    real_open = open
    written: list[int] = []

    class FullDisk:
        def __init__(self, fh):  # type: ignore[no-untyped-def]
            self.fh = fh

        def __enter__(self):  # type: ignore[no-untyped-def]
            return self

        def __exit__(self, *exc):  # type: ignore[no-untyped-def]
            self.fh.close()

        def write(self, data):  # type: ignore[no-untyped-def]
            if written:  # the first chunk fits, the second does not
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            written.append(len(data))
            return self.fh.write(data)

        def __getattr__(self, name):  # type: ignore[no-untyped-def]
            return getattr(self.fh, name)

    def fake_open(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        fh = real_open(file, mode, *args, **kwargs)
        return FullDisk(fh) if "x" in mode or "w" in mode else fh

    monkeypatch.setattr(storage, "open", fake_open, raising=False)
    summary = vault.import_files(company.id, [src])
    monkeypatch.undo()
    [result] = summary.results
    assert written, "the copy did start"
    assert result.status == "refused"
    # The true cause, not the system's English words nor "damaged" (issue 10, item 5).
    assert "The disk is full" in result.message and "Nothing was saved" in result.message
    assert files_in(vault.company_dir(company.id)) == sorted(two_imported)
    assert_intact(vault, two_imported)
    # The vault works again once there is room.
    assert vault.import_file(company.id, src).status == "imported"


def test_fsync_failing_leaves_nothing(
    vault: Vault, company: Company, make_file, two_imported: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(_fd: int) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(storage.os, "fsync", fail)
    result = vault.import_file(company.id, make_file("Contrato.pdf"))  # a refusal is a result, not an exception
    monkeypatch.undo()
    assert result.status == "refused" and "Contrato.pdf" in result.message
    assert "The disk did not respond" in result.message
    assert files_in(vault.company_dir(company.id)) == sorted(two_imported)
    assert_intact(vault, two_imported)


@pytest.mark.parametrize("where", ["storage.move", "os.rename"])
def test_rename_failing_leaves_nothing(
    vault: Vault, company: Company, make_file, two_imported: dict[str, str], monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    src = make_file("Contrato.pdf")

    def fail(*_args: object) -> None:
        raise OSError(errno.EACCES, os.strerror(errno.EACCES))

    if where == "storage.move":
        monkeypatch.setattr(storage, "move", fail)
    else:
        monkeypatch.setattr(storage.os, "rename", fail)
    with pytest.raises(errors.StorageError) as exc:
        vault.import_file(company.id, src)
    monkeypatch.undo()
    assert "Contrato.pdf" in exc.value.message and "has no permission to write" in exc.value.message
    assert files_in(vault.company_dir(company.id)) == sorted(two_imported)
    assert_intact(vault, two_imported)
    assert vault.import_file(company.id, src).status == "imported"


def test_database_insert_failing_leaves_nothing(
    vault: Vault, company: Company, make_file, two_imported: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    src = make_file("Contrato.pdf")

    def fail(*_args: object, **_kwargs: object) -> None:
        raise OperationalError("database or disk is full")

    monkeypatch.setattr(vault.catalog, "insert_document", fail)
    summary = vault.import_files(company.id, [src])
    monkeypatch.undo()
    [result] = summary.results
    assert result.status == "refused"
    assert "Contrato.pdf" in result.message and "the database did not accept the change" in result.message
    assert "database or disk is full" not in result.message  # SQLite's English words: the log's, not the screen's
    assert files_in(vault.company_dir(company.id)) == sorted(two_imported)
    assert_intact(vault, two_imported)


def test_database_refusing_the_row_leaves_nothing(
    vault: Vault, company: Company, make_file, two_imported: dict[str, str]
) -> None:
    """A real SQLite error (a trigger aborts the INSERT): no mocking of the library at all."""
    vault.catalog.db.execute_sql(
        "CREATE TEMP TRIGGER refuse_insert BEFORE INSERT ON document BEGIN SELECT RAISE(FAIL, 'disk quota exceeded'); END"
    )
    summary = vault.import_files(company.id, [make_file("Contrato.pdf")])
    vault.catalog.db.execute_sql("DROP TRIGGER refuse_insert")
    [result] = summary.results
    assert result.status == "refused"
    assert "Contrato.pdf" in result.message and "the database did not accept the change" in result.message
    assert "disk quota exceeded" not in result.message
    assert "free name" not in result.message  # not mistaken for a clash of names
    assert files_in(vault.company_dir(company.id)) == sorted(two_imported)
    assert_intact(vault, two_imported)


def test_commit_failing_after_the_rename_leaves_nothing(
    vault: Vault, company: Company, make_file, two_imported: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file is already renamed into place when the transaction fails to commit: it must go."""
    real_commit = vault.catalog.db.commit
    calls: list[int] = []

    def fail_commit() -> None:
        calls.append(1)
        vault.catalog.db.rollback()
        raise OperationalError("disk I/O error")

    monkeypatch.setattr(vault.catalog.db, "commit", fail_commit)
    summary = vault.import_files(company.id, [make_file("Contrato.pdf")])
    monkeypatch.setattr(vault.catalog.db, "commit", real_commit)
    [result] = summary.results
    assert calls
    assert result.status == "refused"
    assert files_in(vault.company_dir(company.id)) == sorted(two_imported)
    assert_intact(vault, two_imported)


# -- cancel and SIGKILL --------------------------------------------------------------------------


def test_cancel_keeps_the_files_already_imported(vault: Vault, company: Company, make_file) -> None:
    sources = [make_file(f"soporte {i:02d}.pdf") for i in range(10)]
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 4

    summary = vault.import_files(company.id, sources, cancelled=cancelled)
    assert summary.cancelled
    assert [r.source for r in summary.of("imported")] == sources[:4]
    assert files_in(vault.company_dir(company.id)) == [s.name for s in sources[:4]]
    for doc in vault.catalog.Document.select():
        assert sha(vault.document_path(doc)) == doc.checksum
    assert verify(vault).problems == []


KILL_SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from clientvault.core.vault import Vault

    data_dir, company_id, src, progress = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4])
    vault = Vault(data_dir)
    for i, path in enumerate(sorted(src.iterdir())):
        vault.import_file(company_id, path)
        progress.write_text(str(i + 1))
    progress.write_text("done")
    """
)


def test_sigkill_in_the_middle_of_an_import_loop(vault_dir: Path, make_file, tmp_path: Path) -> None:
    vault = Vault(vault_dir)
    company = vault.add_company("Andina S.A.S.")
    folder = vault.company_dir(company.id)
    vault.close()
    src = tmp_path / "lote"
    sources: dict[str, str] = {}
    for i in range(300):
        size = (i * 7919) % (1536 * 1024) + 1024  # 1 KB .. 1.5 MB, mixed
        path = make_file(f"soporte {i:03d}.pdf", size=size, folder=src)
        sources[path.name] = sha(path)
    progress = tmp_path / "progress"

    # Several rounds, each killed at a slightly different moment after a file landed (in the commit,
    # the next copy, its fsync...); every round resumes the same loop, skipping what is already in.
    for kill_after, delay in ((15, 0.0), (25, 0.001), (35, 0.002), (45, 0.004), (55, 0.007), (65, 0.011)):
        proc = subprocess.Popen(
            [sys.executable, "-c", KILL_SCRIPT, str(vault_dir), str(company.id), str(src), str(progress)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        try:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                done = [n for n in os.listdir(folder) if not n.startswith(".")] if folder.exists() else []
                if len(done) >= kill_after or proc.poll() is not None:
                    break
                time.sleep(0.002)
            time.sleep(delay)
            os.kill(proc.pid, signal.SIGKILL)
        finally:
            proc.wait(timeout=30)
            stderr = proc.stderr.read().decode() if proc.stderr else ""
            proc.stdout and proc.stdout.close()
            proc.stderr and proc.stderr.close()
        assert proc.returncode == -signal.SIGKILL, stderr
        assert progress.read_text() != "done", "the loop finished before it was killed: make it longer"

    vault = Vault(vault_dir)
    try:
        # A killed import's temporary copy is young: to verify it is an import still copying, left
        # alone. Later (TEMP_MAX_AGE on) it is abandoned, and only then repaired away.
        leftovers = [folder / n for n in os.listdir(folder) if n.startswith(storage.TEMP_PREFIX)]
        assert not [p for p in verify(vault).problems if p.kind == "temp"]
        old = time.time() - 2 * maintenance.TEMP_MAX_AGE
        for path in leftovers:
            os.utime(path, (old, old))
        first = verify(vault)
        assert sorted(p.path for p in first.problems if p.kind == "temp") == sorted(leftovers)
        if not first.consistent or first.problems:
            assert {p.kind for p in first.problems} <= {"temp", "orphan"}, [(p.kind, p.message) for p in first.problems]
            repaired = verify(vault, repair=True)
            assert repaired.consistent, [(p.kind, p.message) for p in repaired.problems if not p.repaired]
        assert verify(vault).problems == []
        docs = list(vault.catalog.Document.select())
        assert len(docs) >= 65
        for doc in docs:
            path = vault.document_path(doc)
            assert path.is_file()
            assert sha(path) == doc.checksum
            assert sources[doc.original_filename] == doc.checksum  # nothing half-written was kept
        names = os.listdir(folder)
        assert not [n for n in names if n.startswith(storage.TEMP_PREFIX)]
        assert sorted(n for n in names if n not in (storage.TRASH_DIR, SIDECAR)) == sorted(d.filename for d in docs)
        assert not (vault.root / "lost+found").exists() or all(
            sources.get(p.name) == sha(p) for p in (vault.root / "lost+found").rglob("*") if p.is_file()
        )
    finally:
        vault.close()
