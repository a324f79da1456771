"""The right words when the disk says no: a full disk and a read-only folder are told as such
(never "the database is damaged, restore a backup", whose advice would lose recent work), and no
traceback reaches the terminal. Real small tmpfs and read-only bind mounts where this machine lets
the tests mount (CI runs as root); the same errors injected at the OS call everywhere else."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from processes import run_clientvault

from clientvault.core import diskerrors, errors, storage
from clientvault.core.vault import Vault


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB disk of its own (tmpfs)."""
    where = tmp_path / "small"
    where.mkdir()
    if os.geteuid() != 0 or not _mount("-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs", str(where)):
        pytest.skip("mounting a small tmpfs needs root (CI runs as root); the injected-error tests cover the words")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """(a writable folder, the same folder seen through a read-only bind mount)."""
    src, view = tmp_path / "rw", tmp_path / "ro"
    src.mkdir()
    view.mkdir()
    if os.geteuid() != 0 or not _mount("--bind", str(src), str(view)):
        pytest.skip("a read-only bind mount needs root (CI runs as root); the injected-error tests cover the words")
    try:
        if not _mount("-o", "remount,bind,ro", str(view)):
            pytest.skip("this machine does not allow read-only bind mounts")
        yield src, view
    finally:
        subprocess.run(["umount", "-l", str(view)], capture_output=True)


def pdf_of(size: int) -> bytes:
    head = b"%PDF-1.4\n"
    return head + b"%" + os.urandom(size - len(head) - 7).hex().encode()[: size - len(head) - 7] + b"\n%%EOF\n"


cli = run_clientvault  # the real command, in its own process


def test_a_full_disk_is_called_full_and_nothing_is_lost(small_disk: Path, tmp_path: Path) -> None:
    root = small_disk / "vault"
    vault = Vault(root)
    try:
        company = vault.add_company("Andina")
        first = tmp_path / "primero.pdf"
        first.write_bytes(pdf_of(1_200_000))
        kept = vault.import_file(company.id, first)
        assert kept.status == "imported", kept.message
        second = tmp_path / "segundo.pdf"
        second.write_bytes(pdf_of(2_500_000))
        refused = vault.import_file(company.id, second)
        assert refused.status == "refused"
        assert "The disk is full" in refused.message and "MB left on" in refused.message, refused.message
        assert "damaged" not in refused.message and "backup" not in refused.message
        assert [d.filename for d in vault.list_documents(company.id)] == ["primero.pdf"]
        assert not list(vault.company_dir(company.id).glob(f"{storage.TEMP_PREFIX}*"))
        assert vault.verify().problems == []
    finally:
        vault.close()
    done = cli(root, "import", "1", str(second))
    assert done.returncode == 1 and "The disk is full" in done.stderr and "Traceback" not in done.stderr


def test_a_read_only_data_folder_is_called_read_only(read_only: tuple[Path, Path], make_file: Any) -> None:
    src, view = read_only
    vault = Vault(src / "vault")
    company = vault.add_company("Andina")
    vault.import_file(company.id, make_file("RUT.pdf"))
    vault.close()
    for name in ("vault.db-wal", "vault.db-shm"):
        assert not (src / "vault" / name).exists()  # closed cleanly: the read-only view must make its own
    for args in (("company", "list"), ("company", "add", "Pérez"), ("import", "1", str(make_file("Acta.pdf"))),
                 ("delete", "1"), ("mail", "settings", "--host", "smtp.example.com")):
        done = cli(view / "vault", *args)
        assert done.returncode == 1, (args, done.stdout)
        assert "read-only" in done.stderr, (args, done.stderr)
        assert "damaged" not in done.stderr and "Traceback" not in done.stderr, (args, done.stderr)
    again = Vault(src / "vault")
    try:
        assert [d.filename for d in again.list_documents(1)] == ["RUT.pdf"] and again.verify().problems == []
    finally:
        again.close()


# -- the same causes, injected at the OS call (any machine) -------------------------------------------------


@pytest.mark.parametrize(("code", "words"), [
    (errno.ENOSPC, "The disk is full"), (errno.EROFS, "is read-only"), (errno.EACCES, "has no permission"),
    (errno.EIO, "did not respond")])
def test_the_copy_failing_says_why(vault: Vault, company: Any, make_file: Any, monkeypatch: pytest.MonkeyPatch,
                                   code: int, words: str) -> None:
    def refuse(_fd: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(storage.os, "fsync", refuse)
    result = vault.import_file(company.id, make_file("RUT.pdf"))
    monkeypatch.undo()
    assert result.status == "refused" and words in result.message, result.message
    assert "Check the free disk space" not in result.message or code == errno.ENOSPC
    assert vault.list_documents(company.id) == [] and vault.verify().problems == []


def test_an_unreadable_original_is_not_blamed_on_the_vault(vault: Vault, company: Any, make_file: Any,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    src = make_file("RUT.pdf")
    real_open = open

    def no_read(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if Path(file) == src and "r" in mode:
            raise PermissionError(errno.EACCES, "Permission denied", str(src))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(storage, "open", no_read, raising=False)
    result = vault.import_file(company.id, src)
    monkeypatch.undo()
    assert result.status == "refused" and "could not be read" in result.message and "disk" not in result.message


@pytest.mark.parametrize(("code", "cause"), [(13, "full"), (8, "readonly"), (14, "cantopen"), (10, "io"),
                                             (11, "damaged"), (26, "damaged"), (5, "busy"), (1, "other")])
def test_sqlite_result_codes_are_told_apart(code: int, cause: str) -> None:
    exc = sqlite3.OperationalError("whatever the text says")
    exc.sqlite_errorcode = code  # type: ignore[attr-defined]
    wrapped = RuntimeError(exc)
    assert diskerrors.cause_of(exc) == diskerrors.cause_of(wrapped) == cause


def test_a_database_that_cannot_be_written_is_not_called_damaged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from clientvault.core.catalog import sqlite as sqlite_dialect

    real = sqlite_dialect.SqliteDialect.connect

    def readonly(self: Any) -> Any:
        exc = sqlite3.OperationalError("attempt to write a readonly database")
        exc.sqlite_errorcode = 8  # type: ignore[attr-defined]
        raise exc

    monkeypatch.setattr(sqlite_dialect.SqliteDialect, "connect", readonly)
    with pytest.raises(errors.StorageError) as exc:
        Vault(tmp_path / "vault")
    assert "is read-only" in exc.value.message and "damaged" not in exc.value.message
    monkeypatch.setattr(sqlite_dialect.SqliteDialect, "connect", real)


@pytest.fixture
def read_only_db(tmp_path: Path, make_file: Any) -> Iterator[Path]:
    """A vault whose vault.db alone is read-only (a bind mount of the file), its folder writable."""
    root = tmp_path / "vault"
    vault = Vault(root)
    company = vault.add_company("Andina")
    vault.import_file(company.id, make_file("RUT.pdf"))
    vault.close()
    db = root / "vault.db"
    if os.geteuid() != 0 or not _mount("--bind", str(db), str(db)):
        pytest.skip("a read-only bind mount needs root (CI runs as root)")
    try:
        if not _mount("-o", "remount,bind,ro", str(db)):
            pytest.skip("this machine does not allow read-only bind mounts")
        yield root
    finally:
        subprocess.run(["umount", "-l", str(db)], capture_output=True)


def test_a_read_only_database_file_is_told_and_nothing_breaks(read_only_db: Path, make_file: Any) -> None:
    for args in (("company", "add", "Pérez"), ("delete", "1"), ("import", "1", str(make_file("Acta.pdf"))),
                 ("mail", "settings", "--host", "smtp.example.com")):
        done = cli(read_only_db, *args)
        assert done.returncode == 1, (args, done.stdout)
        assert "read-only" in done.stderr and "damaged" not in done.stderr and "Traceback" not in done.stderr, (
            args, done.stderr)
    assert (read_only_db / "companies" / "1" / "RUT.pdf").is_file()  # the delete did not move the file either


# -- the operating system's errors in plain words ---------------------------------------------------

PLAIN = {
    errno.ENOENT: ("no existe", "does not exist"),
    errno.EACCES: ("no tiene permiso", "do not have permission"),
    errno.EPERM: ("no tiene permiso", "do not have permission"),
    errno.ENOSPC: ("el disco está lleno", "the disk is full"),
    errno.EDQUOT: ("se llenó el espacio que le corresponde", "your share of space on that disk is full"),
    errno.EROFS: ("solo lectura", "read-only"),
    errno.EEXIST: ("ya existe un archivo con ese nombre", "a file with that name already exists"),
    errno.EISDIR: ("es una carpeta, no un archivo", "it is a folder, not a file"),
    errno.ENOTDIR: ("una parte de la ruta es un archivo", "part of the path is a file"),
    errno.ENAMETOOLONG: ("demasiado largo", "too long"),
    errno.EBUSY: ("otro programa lo está usando", "another program is using it"),
    errno.EIO: ("el disco no respondió bien", "the disk did not respond properly"),
    errno.EMFILE: ("demasiados archivos abiertos", "too many files are open"),
    errno.EXDEV: ("a otro disco", "to another disk"),
    errno.ETXTBSY: ("otro programa lo está usando", "another program is using it"),
}


@pytest.mark.parametrize("code", sorted(PLAIN), ids=lambda c: errno.errorcode[c])
def test_each_common_os_error_in_plain_words_in_both_languages(code: int, monkeypatch: pytest.MonkeyPatch,
                                                               caplog: pytest.LogCaptureFixture) -> None:
    exc = OSError(code, os.strerror(code), "/datos/Contrato.pdf")
    for lang, expected in zip(("es", "en"), PLAIN[code], strict=True):
        monkeypatch.setenv("CLIENTVAULT_LANG", lang)
        with caplog.at_level("INFO", logger="clientvault.core.diskerrors"):
            words = errors.os_words(exc)
        assert expected in words, (lang, words)
        assert os.strerror(code) not in words and "Errno" not in words and str(code) not in words
        assert os.strerror(code) in caplog.text  # the system's own words: kept for the log


def test_a_windows_sharing_violation_says_another_program_has_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    exc = PermissionError(errno.EACCES, "The process cannot access the file because it is being used by another process")
    exc.winerror = 32  # type: ignore[attr-defined]  # what Windows sets on this error
    monkeypatch.setenv("CLIENTVAULT_LANG", "es")
    assert errors.os_words(exc) == "otro programa lo está usando: ciérrelo y vuelva a intentarlo"
    monkeypatch.setenv("CLIENTVAULT_LANG", "en")
    assert errors.os_words(exc) == "another program is using it: close it and try again"


def test_an_unknown_error_says_so_plainly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIENTVAULT_LANG", "es")
    assert errors.os_words(OSError(errno.ENOEXEC, os.strerror(errno.ENOEXEC))) == "el sistema no lo permitió"
    assert diskerrors.detail(ValueError("bad thing")) == "el sistema no lo permitió"


def test_a_file_that_cannot_be_read_is_refused_in_plain_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIENTVAULT_LANG", "es")
    gone = tmp_path / "no está" / "RUT.pdf"
    with pytest.raises(errors.UnreadableFile) as exc:
        from clientvault.core.filetypes import identify

        identify(gone)
    assert "no existe" in exc.value.reason and "No such file" not in exc.value.reason
