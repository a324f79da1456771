"""The program as a person starts it: the self-test, one instance per vault, and crash safety."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from clientvault.app import create_main_window
from clientvault.core.catalog.models import Document
from clientvault.core.maintenance import verify
from clientvault.logsetup import BACKUPS, MAX_BYTES, setup_logging, stop_logging
from clientvault.ui.crash import CrashReporter
from clientvault.ui.single_instance import SingleInstance

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("DISPLAY", None)
    return env


def test_self_test_passes(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "clientvault", "--self-test"], capture_output=True, text=True,
                         env=_env(), timeout=120, cwd=tmp_path)
    assert out.returncode == 0, out.stdout + out.stderr
    for step in ("import into a new vault: 3 files", "preview each file", "print to PDF", "main window lists 3 files"):
        assert step in out.stdout
    assert out.stdout.rstrip().endswith("self-test passed")


@pytest.fixture
def window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    win = create_main_window(tmp_path / "vault")
    qtbot.addWidget(win)
    yield win
    win.vault.close()


def _show_company(window, company_id: int) -> None:  # type: ignore[no-untyped-def]
    """Let the window follow the change feed (queued to the GUI thread, gathered in bursts), then
    select the company in its sidebar."""
    QApplication.processEvents()
    window.events.flush()
    window.select_company(company_id)


def _visible_box(name: str) -> QMessageBox | None:
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible():
            return w
    return None


def test_second_start_hands_its_files_to_the_running_window(qtbot, window, tmp_path: Path, make_file) -> None:
    company = window.vault.add_company("Ferretería El Tornillo Ltda.")
    _show_company(window, company.id)
    instance = SingleInstance(window.vault.root)
    assert instance.listen()
    instance.activated.connect(window.files.offer_import)
    pdf = make_file("Resolución facturación.pdf")
    with qtbot.waitSignal(instance.activated, timeout=15000) as blocker:
        second = subprocess.Popen([sys.executable, "-m", "clientvault", "--data-dir", str(window.vault.root), str(pdf)],
                                  env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=15000)
    assert second.returncode == 0, second.stderr
    assert blocker.args == [[str(pdf.resolve())]]
    qtbot.waitUntil(lambda: _visible_box("offerImport") is not None)
    box = _visible_box("offerImport")
    assert box is not None and "Ferretería El Tornillo Ltda." in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: window.files.import_task is None and window.document_model.rowCount() == 1, timeout=15000)
    assert window.document_model.document(0).filename == "Resolución facturación.pdf"
    instance.server.close()  # type: ignore[union-attr]


def test_first_start_finds_no_instance(qapp, tmp_path: Path) -> None:
    assert SingleInstance(tmp_path).hand_over(["x"]) is False


def test_unexpected_error_shows_an_apology_logs_the_traceback_and_loses_nothing(
    qtbot, window, tmp_path: Path, make_file, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_file = setup_logging(window.vault.root)
    reporter = CrashReporter(log_file, lambda: window)
    reporter.install()
    try:
        company = window.vault.add_company("Panadería La Espiga S.A.S.")
        window.vault.import_files(company.id, [make_file("RUT.pdf")])
        _show_company(window, company.id)
        window.table.selectRow(0)
        stored = window.vault.document_path(window.document_model.document(0))

        def broken_save(self: Document, *args: object, **kwargs: object) -> int:
            raise RuntimeError("simulated programming error while saving")

        monkeypatch.setattr(window.vault.catalog.Document, "save", broken_save)
        window.action_delete.trigger()  # the exception escapes the slot: Qt hands it to sys.excepthook
        monkeypatch.undo()
        qtbot.waitUntil(lambda: _visible_box("crashDialog") is not None)
        box = _visible_box("crashDialog")
        assert box is not None
        shown = box.text() + box.informativeText()
        assert str(log_file) in shown
        assert "Traceback" not in shown and "RuntimeError" not in shown
        logged = log_file.read_text(encoding="utf-8")
        assert "Traceback" in logged and "simulated programming error while saving" in logged
        # The delete was undone as a whole: the file is where it was, and the vault is consistent.
        assert stored.is_file()
        assert verify(window.vault).problems == []
        assert window.vault.count_documents(company.id) == 1
        box.close()
    finally:
        reporter.uninstall()
        stop_logging()


def test_log_rotates(tmp_path: Path) -> None:
    log_file = setup_logging(tmp_path)
    logger = logging.getLogger("clientvault.test")
    try:
        for _ in range(3 * MAX_BYTES // 1000 + 10):
            logger.warning("x" * 1000)
    finally:
        stop_logging()
    logs = sorted(p.name for p in log_file.parent.iterdir())
    assert "clientvault.log.1" in logs and "clientvault.log.2" in logs
    assert len(logs) <= BACKUPS + 1
    assert all(p.stat().st_size <= MAX_BYTES + 2000 for p in log_file.parent.iterdir())
    assert oct(log_file.parent.stat().st_mode & 0o777) == oct(0o700)
