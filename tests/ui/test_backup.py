"""«Archivo › Copia de seguridad…» and «Restaurar copia…» in the real window: a real ZIP written in
the background, compared with what ``clientvault export`` writes; restored into a fresh data
folder with every checksum; restored over existing data without replacing anything; and each
way it can go wrong told in words (real files, real SQLite, the real command line)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from test_check_files import _menu_action, _upload
from ui_helpers import add_company, settle, table_names

TIMEOUT_MS = 30_000
FILES = ("minimal-document.pdf", "simple.png", "Resolución facturación 2024.pdf")


def _open_backup(window: Any) -> Any:
    _menu_action(window, "File", "actionBackup").trigger()
    dialog = window.upkeep.dialog
    assert dialog is not None and dialog.objectName() == "backupDialog" and dialog.isVisible()
    return dialog


def _back_up(qtbot: QtBot, window: Any, target: Path, one_company: bool) -> Any:
    dialog = _open_backup(window)
    (dialog.company_radio if one_company else dialog.all_radio).setChecked(True)
    dialog.path_edit.setText(str(target))
    dialog.start_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=TIMEOUT_MS)
    return dialog


def _open_restore(qtbot: QtBot, window: Any, source: Path) -> Any:
    _menu_action(window, "File", "actionRestoreBackup").trigger()
    dialog = window.upkeep.dialog
    assert dialog is not None and dialog.objectName() == "restoreDialog"
    dialog.read(str(source))
    qtbot.waitUntil(lambda: not dialog.reading, timeout=TIMEOUT_MS)  # read in the background
    return dialog


def _restore(qtbot: QtBot, window: Any, dialog: Any) -> None:
    assert dialog.start_button.isEnabled(), dialog.status.text()
    dialog.start_button.click()
    qtbot.waitUntil(lambda: not dialog.running and dialog.report is not None, timeout=TIMEOUT_MS)
    settle(window)


def _cli_export(root: Path, company: str, target: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "clientvault", "--data-dir", str(root), "export", company, str(target)],
                          capture_output=True, text=True, env={**os.environ, "CLIENTVAULT_LANG": "en"}, timeout=120)
    assert done.returncode == 0, done.stderr


def test_a_company_backed_up_from_the_window_holds_what_clientvault_export_writes(
        qtbot: QtBot, window: Any, corpus: Path, tmp_path: Path) -> None:
    company = add_company(window, "Ferretería El Tornillo SAS")
    _upload(window, company, corpus, *FILES)
    _upload(window, add_company(window, "Agencia Andina Ltda", select=False), corpus, "simple.png")
    window.select_company(company.id)
    target = tmp_path / "copia.zip"
    dialog = _back_up(qtbot, window, target, one_company=True)
    assert dialog.status.text() == f"Backup saved: 3 files of 1 company, in {target}."
    assert dialog.cancel_button.text() == "Close" and dialog.start_button.isHidden()

    exported = tmp_path / "export.zip"
    _cli_export(window.vault.root, company.name, exported)
    with zipfile.ZipFile(target) as backup, zipfile.ZipFile(exported) as export:
        folder = "Ferretería El Tornillo SAS/"
        assert sorted(backup.namelist()) == sorted(["empresas.csv", *(folder + n for n in export.namelist())])
        for name in export.namelist():  # every file and the manifest, byte for byte
            assert backup.read(folder + name) == export.read(name), name
    assert (target.stat().st_mode & 0o777) == 0o600  # the client's papers: the owner's only


def test_all_companies_backed_up_and_restored_into_a_fresh_data_folder(
        qtbot: QtBot, open_window: Any, corpus: Path, tmp_path: Path) -> None:
    first = open_window(tmp_path / "vault")
    ferreteria = add_company(first, "Ferretería El Tornillo SAS", nit="900373913")
    _upload(first, ferreteria, corpus, *FILES)
    andina = add_company(first, "Agencia Andina Ltda")
    _upload(first, andina, corpus, "simple.png")
    target = tmp_path / "todo.zip"
    dialog = _back_up(qtbot, first, target, one_company=False)
    assert dialog.outcome is not None and (dialog.outcome.companies, dialog.outcome.files) == (2, 4)
    expected = {c.name: {d.filename: d.checksum for d in first.vault.list_documents(c.id)} for c in (ferreteria, andina)}
    dialog.close()

    second = open_window(tmp_path / "otra carpeta")
    assert second.company_model.rowCount() == 0
    dialog = _open_restore(qtbot, second, target)
    plan = {name: what for name, _files, what in dialog.list.texts()}
    assert plan == {"Ferretería El Tornillo SAS": "A new company: its files are added.",
                    "Agencia Andina Ltda": "A new company: its files are added."}
    assert dialog.status.text() == "The backup holds 2 companies and 4 files. Untick a company to leave it out."
    _restore(qtbot, second, dialog)
    assert dialog.status.text() == "4 files restored. New in the list of companies: 2 companies."
    for name, files in expected.items():
        company = second.vault.company(name)
        assert second.company_model.row_of(company.id) >= 0  # in the sidebar
        docs = second.vault.list_documents(company.id)
        assert {d.filename: d.checksum for d in docs} == files
        for d in docs:
            assert hashlib.sha256(second.vault.document_path(d).read_bytes()).hexdigest() == d.checksum
    assert second.vault.company("Ferretería El Tornillo SAS").nit == "900373913"
    second.select_company(second.vault.company("Ferretería El Tornillo SAS").id)
    assert sorted(table_names(second)) == sorted(FILES)


def test_restoring_over_existing_data_never_replaces_a_file(
        qtbot: QtBot, window: Any, corpus: Path, tmp_path: Path) -> None:
    company = add_company(window, "Ferretería El Tornillo SAS")
    _upload(window, company, corpus, *FILES)
    target = tmp_path / "copia.zip"
    _back_up(qtbot, window, target, one_company=True).close()
    # Since then: simple.png is another picture under the same name, and the resolution was deleted.
    docs = {d.filename: d for d in window.vault.list_documents(company.id)}
    window.vault.delete([docs["simple.png"].id, docs["Resolución facturación 2024.pdf"].id])
    window.vault.purge(doc_ids=[docs["simple.png"].id])
    other = tmp_path / "simple.png"
    other.write_bytes((corpus / "simple.png").read_bytes() + b"\x00")  # other content, same name
    _upload(window, company, tmp_path, "simple.png")
    before = other.read_bytes()

    dialog = _open_restore(qtbot, window, target)
    assert dialog.list.texts()[0][2] == (
        "Already here, with 1 of these files. The others are added; a file whose name is taken here by other content "
        "is left out and listed.")
    _restore(qtbot, window, dialog)
    assert dialog.status.text() == (
        "1 file restored. Already here, left untouched: 1 file. Not restored because another file here has the name "
        "(nothing was replaced): 1 file.")
    first = dialog.results.texts()[0]
    assert (first[0], first[2]) == ("simple.png", "Not restored: the name is taken. Another file with this name and "
                                    "other content is already here; it was left as it was and this one was not "
                                    "restored.")
    now = {d.filename: d for d in window.vault.list_documents(company.id)}
    assert sorted(now) == sorted(FILES)
    assert window.vault.document_path(now["simple.png"]).read_bytes() == before  # untouched
    assert sorted(table_names(window)) == sorted(FILES)


# -- what can go wrong ---------------------------------------------------------------------------


def test_a_file_that_is_not_a_zip_is_told_plainly(qtbot: QtBot, window: Any, tmp_path: Path) -> None:
    add_company(window, "Ferretería El Tornillo SAS")
    broken = tmp_path / "copia.zip"
    broken.write_bytes(b"PK\x03\x04 this was cut off")
    dialog = _open_restore(qtbot, window, broken)
    assert dialog.error_text == ("Could not read copia.zip: it is not a ZIP, or it is damaged. Nothing was restored; "
                                 "choose the ZIP that «Back up…» made.")
    assert dialog.status.text() == dialog.error_text and not dialog.start_button.isEnabled()


def test_a_zip_that_is_not_a_backup_is_told_plainly(qtbot: QtBot, window: Any, tmp_path: Path) -> None:
    photos = tmp_path / "fotos.zip"
    with zipfile.ZipFile(photos, "w") as zf:
        zf.writestr("IMG_0001.jpg", b"\xff\xd8\xff")
    dialog = _open_restore(qtbot, window, photos)
    assert dialog.error_text.startswith("fotos.zip is not a ClientVault backup")
    assert "Nothing was restored" in dialog.error_text and not dialog.start_button.isEnabled()


def test_a_zip_that_cannot_be_read_is_told_plainly(qtbot: QtBot, window: Any, tmp_path: Path) -> None:
    dialog = _open_restore(qtbot, window, tmp_path / "no está.zip")
    assert dialog.error_text.startswith("Could not open ") and "Nothing was restored" in dialog.error_text
    for jargon in ("Errno", "No such file"):
        assert jargon not in dialog.error_text


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder seen through a read-only bind mount (writing there fails as on a locked USB stick)."""
    src, view = tmp_path / "rw", tmp_path / "ro"
    src.mkdir()
    view.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "--bind", str(src), str(view)], capture_output=True).returncode:
        pytest.skip("a read-only bind mount needs root (CI runs as root)")
    try:
        if subprocess.run(["mount", "-o", "remount,bind,ro", str(view)], capture_output=True).returncode:
            pytest.skip("this machine does not allow read-only bind mounts")
        yield view
    finally:
        subprocess.run(["umount", "-l", str(view)], capture_output=True)


def test_a_backup_into_a_read_only_folder_says_so(
        qtbot: QtBot, window: Any, corpus: Path, read_only_folder: Path) -> None:
    _upload(window, add_company(window, "Ferretería El Tornillo SAS"), corpus, "simple.png")
    target = read_only_folder / "copia.zip"
    dialog = _back_up(qtbot, window, target, one_company=False)
    assert dialog.outcome is None
    assert dialog.error_text.startswith(f"Could not write {target}: ")
    assert "read-only" in dialog.error_text and "nothing was changed" in dialog.error_text
    assert "Errno" not in dialog.error_text and "Read-only file system" not in dialog.error_text
    assert not target.exists() and dialog.start_button.isEnabled()  # the person can choose another place


def test_a_backup_inside_the_data_folder_or_over_a_file_is_refused(
        qtbot: QtBot, window: Any, corpus: Path, tmp_path: Path) -> None:
    _upload(window, add_company(window, "Ferretería El Tornillo SAS"), corpus, "simple.png")
    dialog = _back_up(qtbot, window, window.vault.root / "copia.zip", one_company=False)
    assert dialog.error_text.startswith("Nothing was exported:") and "inside ClientVault's data folder" in dialog.error_text
    there = tmp_path / "ya existe.zip"
    there.write_bytes(b"something of the person's")
    dialog.path_edit.setText(str(there))
    dialog.start_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=TIMEOUT_MS)
    assert dialog.error_text and there.read_bytes() == b"something of the person's"


def test_cancel_leaves_no_zip(qtbot: QtBot, window: Any, corpus: Path, tmp_path: Path, monkeypatch: Any) -> None:
    _upload(window, add_company(window, "Ferretería El Tornillo SAS"), corpus, *FILES)
    from clientvault.ui import workers
    from clientvault.ui.dialogs.backup_dialog import BackupDialog

    original = BackupDialog._on_progress

    def progressed(self: Any, done: int, total: int, name: str) -> None:
        original(self, done, total, name)
        self.cancel_button.click()  # as the first file is reported

    monkeypatch.setattr(BackupDialog, "_on_progress", progressed)
    monkeypatch.setattr(workers, "_pool", workers.ImmediatePool())
    target = tmp_path / "copia.zip"
    dialog = _back_up(qtbot, window, target, one_company=False)
    assert dialog.outcome is not None and dialog.outcome.cancelled
    assert dialog.status.text() == "The backup was cancelled; no ZIP was left behind."
    assert not target.exists() and not list(tmp_path.glob(".*.part"))


def test_a_backup_missing_a_stored_file_points_to_check_files(
        qtbot: QtBot, window: Any, corpus: Path, tmp_path: Path) -> None:
    company = add_company(window, "Ferretería El Tornillo SAS")
    _upload(window, company, corpus, *FILES)
    (window.vault.company_dir(company.id) / "simple.png").unlink()  # deleted behind ClientVault's back
    target = tmp_path / "copia.zip"
    dialog = _back_up(qtbot, window, target, one_company=False)
    assert dialog.error_text.startswith("The file of “simple.png” (Ferretería El Tornillo SAS) is missing from its "
                                        "folder, so nothing was exported. Look for it and repair it with “File › "
                                        "Check files”")
    assert "vault" not in dialog.error_text.replace("clientvault", "") and not target.exists()
    # …and that menu item is there, under that name.
    assert _menu_action(window, "File", "actionCheckFiles").text().replace("&", "") == "Check files"


def test_a_company_left_unticked_is_not_restored(qtbot: QtBot, open_window: Any, corpus: Path, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    first = open_window(tmp_path / "vault")
    _upload(first, add_company(first, "Ferretería El Tornillo SAS"), corpus, "simple.png")
    _upload(first, add_company(first, "Agencia Andina Ltda"), corpus, "minimal-document.pdf")
    target = tmp_path / "todo.zip"
    _back_up(qtbot, first, target, one_company=False).close()
    second = open_window(tmp_path / "otra")
    dialog = _open_restore(qtbot, second, target)
    row = [r[0] for r in dialog.list.texts()].index("Agencia Andina Ltda")
    dialog.list.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.chosen() == ["Ferretería El Tornillo SAS"]
    _restore(qtbot, second, dialog)
    assert [c.company.name for c in second.vault.companies()] == ["Ferretería El Tornillo SAS"]


def test_a_backup_already_restored_offers_nothing_to_do(qtbot: QtBot, window: Any, corpus: Path, tmp_path: Path) -> None:
    _upload(window, add_company(window, "Ferretería El Tornillo SAS"), corpus, "simple.png")
    target = tmp_path / "copia.zip"
    _back_up(qtbot, window, target, one_company=False).close()
    dialog = _open_restore(qtbot, window, target)
    assert dialog.list.texts() == [("Ferretería El Tornillo SAS", "1", "Already here with all these files: nothing to add.")]
    assert dialog.chosen() == [] and not dialog.start_button.isEnabled()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB disk of its own (tmpfs): a backup bigger than that fills it."""
    where = tmp_path / "small"
    where.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(where)],
                                           capture_output=True).returncode:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def test_a_backup_onto_a_full_disk_says_so_and_leaves_nothing(
        qtbot: QtBot, window: Any, corpus: Path, small_disk: Path) -> None:
    _upload(window, add_company(window, "Ferretería El Tornillo SAS"), corpus, "GeoTopo-komprimiert.pdf")
    target = small_disk / "copia.zip"
    dialog = _back_up(qtbot, window, target, one_company=False)
    assert dialog.outcome is None
    assert dialog.error_text.startswith(f"Could not write {target}: ") and "full" in dialog.error_text
    assert "Errno" not in dialog.error_text and "No space left" not in dialog.error_text
    assert list(small_disk.iterdir()) == []  # neither the ZIP nor its part file


# -- a backup ZIP from elsewhere: read in the background, every way it can fail told in words -----


def _patch_member(path: Path, member: str, flags: int = 0, method: int | None = None) -> None:
    """Mark a member of a real backup as another ZIP program would: a password (flag bit 0) or
    another compression method (9: Deflate64, which Windows Explorer writes), in both its headers."""
    data = bytearray(path.read_bytes())
    for sig, start, flag_at, method_at, name_len_at in ((b"PK\x03\x04", 30, 6, 8, 26), (b"PK\x01\x02", 46, 8, 10, 28)):
        j = 0
        while (j := data.find(sig, j)) != -1:
            n = int.from_bytes(data[j + name_len_at:j + name_len_at + 2], "little")
            if bytes(data[j + start:j + start + n]) == member.encode():
                flag = int.from_bytes(data[j + flag_at:j + flag_at + 2], "little") | flags
                data[j + flag_at:j + flag_at + 2] = flag.to_bytes(2, "little")
                if method is not None:
                    data[j + method_at:j + method_at + 2] = method.to_bytes(2, "little")
            j += 4
    path.write_bytes(bytes(data))


def test_the_backup_is_read_off_the_window_thread_and_an_unexpected_failure_is_told_plainly(
        qtbot: QtBot, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    import threading

    release, threads = threading.Event(), []

    def read_backup(path: Any) -> Any:
        threads.append(threading.current_thread())
        release.wait(TIMEOUT_MS / 1000)
        raise RuntimeError("File is encrypted, password required for extraction")

    monkeypatch.setattr(window.vault, "read_backup", read_backup)
    _menu_action(window, "File", "actionRestoreBackup").trigger()
    dialog = window.upkeep.dialog
    dialog.read(str(tmp_path / "copia.zip"))
    qtbot.waitUntil(lambda: bool(threads), timeout=TIMEOUT_MS)
    # The window answers while the ZIP is read; the path cannot be changed under the reading.
    assert dialog.reading and dialog.status.text() == "Reading the backup…"
    assert not dialog.path_edit.isEnabled() and not dialog.choose_button.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: not dialog.reading, timeout=TIMEOUT_MS)
    assert threads[0] is not threading.main_thread()
    assert dialog.error_text == ("The backup could not be read because of an unexpected problem. Nothing was "
                                 "restored; the details are in the log file in the data folder.")
    assert dialog.status.text() == dialog.error_text and not dialog.start_button.isEnabled()
    assert dialog.path_edit.isEnabled() and "password required" in caplog.text  # the details: in the log


def test_a_backup_whose_list_has_a_password_is_told_plainly(
        qtbot: QtBot, window: Any, corpus: Path, tmp_path: Path) -> None:
    _upload(window, add_company(window, "Ferretería El Tornillo SAS"), corpus, "simple.png")
    target = tmp_path / "copia.zip"
    _back_up(qtbot, window, target, one_company=False).close()
    _patch_member(target, "empresas.csv", flags=0x1)
    dialog = _open_restore(qtbot, window, target)
    assert dialog.error_text == ("The file empresas.csv in the backup has a password: ClientVault cannot read it. "
                                 "Make the backup again without a password. Nothing was restored.")
    assert dialog.status.text() == dialog.error_text and not dialog.start_button.isEnabled()


def test_files_the_backup_cannot_give_are_listed_with_the_reason_and_the_others_come_in(
        qtbot: QtBot, open_window: Any, corpus: Path, tmp_path: Path) -> None:
    first = open_window(tmp_path / "vault")
    _upload(first, add_company(first, "Ferretería El Tornillo SAS"), corpus, *FILES)
    target = tmp_path / "copia.zip"
    _back_up(qtbot, first, target, one_company=False).close()
    _patch_member(target, "Ferretería El Tornillo SAS/simple.png", flags=0x1)
    _patch_member(target, "Ferretería El Tornillo SAS/minimal-document.pdf", method=9)

    second = open_window(tmp_path / "otra")
    _upload(second, add_company(second, "Agencia Andina Ltda"), corpus, "simple.png")
    andina = second.vault.company("Agencia Andina Ltda")
    before = {d.filename: second.vault.document_path(d).read_bytes() for d in second.vault.list_documents(andina.id)}
    dialog = _open_restore(qtbot, second, target)
    _restore(qtbot, second, dialog)
    assert dialog.status.text() == ("1 file restored. New in the list of companies: 1 company. Not restored because "
                                    "damaged or refused (the list says why): 2 files.")
    # Only what did not come in is listed, each with why; a last line counts the others.
    rows = dialog.results.texts()
    assert rows[-1] == ("Restored or already here (not listed): 1 file.", "", "")
    assert sorted((name, result) for name, _company, result in rows[:-1]) == [
        ("minimal-document.pdf", "Not restored. The file minimal-document.pdf in the backup is compressed in a way "
                                 "ClientVault cannot open (the way Windows compresses large folders). Make the backup "
                                 "again with «Back up…», or compress the folder with another program."),
        ("simple.png", "Not restored. The file simple.png in the backup has a password: ClientVault cannot read it. "
                       "Make the backup again without a password.")]
    ferreteria = second.vault.company("Ferretería El Tornillo SAS")
    assert [d.filename for d in second.vault.list_documents(ferreteria.id)] == ["Resolución facturación 2024.pdf"]
    assert {d.filename: second.vault.document_path(d).read_bytes()
            for d in second.vault.list_documents(andina.id)} == before


def test_closing_the_dialog_while_the_backup_is_read_drops_the_result_quietly(
        qtbot: QtBot, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from clientvault.ui import workers

    release, started = threading.Event(), threading.Event()
    real = window.vault.read_backup

    def read_backup(path: Any) -> Any:
        started.set()
        release.wait(TIMEOUT_MS / 1000)
        return real(path)

    monkeypatch.setattr(window.vault, "read_backup", read_backup)
    _menu_action(window, "File", "actionRestoreBackup").trigger()
    dialog = window.upkeep.dialog
    dialog.read(str(tmp_path / "copia.zip"))
    qtbot.waitUntil(started.is_set, timeout=TIMEOUT_MS)
    dialog.close()  # deleted on close: the result must not reach it
    qtbot.waitUntil(lambda: window.upkeep.dialog is None, timeout=TIMEOUT_MS)
    release.set()
    qtbot.waitUntil(lambda: not workers._running, timeout=TIMEOUT_MS)  # reported, to nobody (no error raised)
    settle(window)
