"""Qt's own dialogs speak the window's Spanish: the file chooser the upload dialog opens («Buscar en»,
«Tipo de archivo», «Carpeta», never «Look in», «Files of type», «Folder» or Spain's «fichero»), the
print and page setup dialogs the print preview opens, and the bundle carries Qt's Spanish too
(clientvault.spec copies ``qtbase_es.qm`` beside ours, where clientvault/ui/i18n.py looks when
Qt's own folder does not have it)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLibraryInfo, QTimer
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import add_company

from clientvault.paths import resource_path
from clientvault.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
QT_ES = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_es.qm"
ENGLISH = {"&Look in:", "Files of &type:", "File &name:", "Folder", "Double Sided Printing", "Off",
           "Long side binding", "Short side binding", "Pages", "Page &Set:", "Page &order:", "Pages &per sheet:",
           "Print", "Cancel", "Copies:", "Orientation", "Portrait", "Landscape", "Output &file:"}


def words(dialog: QWidget) -> set[str]:
    """Every word a person can read in ``dialog``: labels, buttons, group titles, list choices."""
    found = {dialog.windowTitle()}
    for child in dialog.findChildren(QWidget):
        if isinstance(child, (QLabel, QAbstractButton)):
            found.add(child.text())
        elif isinstance(child, QGroupBox):
            found.add(child.title())
        elif isinstance(child, QComboBox):
            found |= {child.itemText(i) for i in range(child.count())}
    return {w for w in found if w}


def test_the_file_chooser_of_the_upload_dialog_speaks_spanish(qtbot: QtBot, spanish: None, open_window: Any,
                                                              tmp_path: Path) -> None:
    window = open_window()
    add_company(window, "Comercializadora Andina")
    window.action_upload.trigger()
    upload = window.findChild(QDialog, "uploadDialog")
    (tmp_path / "Soportes 2024").mkdir()
    seen: dict[str, Any] = {}

    def look() -> None:
        chooser = QApplication.activeModalWidget()
        if not isinstance(chooser, QFileDialog):  # not open yet
            QTimer.singleShot(20, look)
            return
        chooser.setDirectory(str(tmp_path))
        chooser.findChild(QAbstractButton, "detailModeButton").click()
        qtbot.waitUntil(lambda: chooser.findChild(QTreeView, "treeView").model().rowCount(
            chooser.findChild(QTreeView, "treeView").rootIndex()) > 0)
        tree = chooser.findChild(QTreeView, "treeView")
        model, root = tree.model(), tree.rootIndex()
        seen["types"] = {model.index(r, 2, root).data() for r in range(model.rowCount(root))}
        seen["words"] = words(chooser)
        chooser.reject()

    QTimer.singleShot(0, look)
    upload.choose_button.click()  # QFileDialog.getOpenFileNames: Qt's own chooser where the system has none
    assert {"&Buscar en:", "&Tipo de archivo:", "&Nombre del archivo:", "&Abrir", "Cancelar"} <= seen["words"]
    assert not seen["words"] & ENGLISH
    assert not [w for w in seen["words"] if "fichero" in w.lower()]
    assert seen["types"] == {"Carpeta"}


# Qt says so of a PDF printer (no CUPS queue here); the dialog is built, with all its words, all the same.
@pytest.mark.qt_log_ignore(r"QPageSetupDialog: Cannot be used on non-native printers")
def test_the_print_and_page_setup_dialogs_speak_spanish(qtbot: QtBot, spanish: None, tmp_path: Path) -> None:
    printer = QPrinter()
    printer.setOutputFileName(str(tmp_path / "copia.pdf"))
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    seen = words(dialog)
    assert {"Imprimir", "Impresión a doble cara", "Encuadernar por el lado largo", "Copias:", "Cancelar",
            "&Archivo de salida:", "&Imprimir:"} <= seen
    assert not seen & ENGLISH
    setup = QPageSetupDialog(printer)
    qtbot.addWidget(setup)
    seen = words(setup)
    assert {"Configuración de página", "Orientación", "Vertical", "Apaisado", "&Orden de las páginas:",
            "Páginas por &hoja:"} <= seen
    assert not seen & ENGLISH


def test_qt_spanish_comes_from_the_bundle_when_qt_has_no_translations_folder(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Inside the PyInstaller bundle Qt's translations folder may not be where QLibraryInfo says:
    the copy the spec puts beside ours is used."""
    bundle = tmp_path / "bundle" / "resources" / "translations"
    bundle.mkdir(parents=True)
    shutil.copy(resource_path("translations", "clientvault_es.qm"), bundle)
    shutil.copy(QT_ES, bundle)

    class NoQtFolder:
        LibraryPath = QLibraryInfo.LibraryPath

        @staticmethod
        def path(_which: Any) -> str:
            return str(tmp_path / "nowhere")

    monkeypatch.setattr(i18n, "QLibraryInfo", NoQtFolder)
    monkeypatch.setattr(i18n, "resource_path", lambda *parts: bundle.parent.joinpath(*parts))
    try:
        i18n.install(qapp, "es")
        assert [Path(t.filePath()).name for t in i18n._installed] == ["qtbase_es.qm", "clientvault_es.qm"]
        assert qapp.translate("QPrintDialog", "Print") == "Imprimir"  # Qt's own word, from the bundled copy
    finally:
        i18n.install(qapp, "en")


def test_the_spec_bundles_qt_spanish_where_the_window_looks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run clientvault.spec with PyInstaller's build steps stubbed: its datas carry qtbase_es.qm to
    the folder clientvault/ui/i18n.py reads in the bundle."""
    captured: dict[str, Any] = {}

    def analysis(*_args: Any, **kwargs: Any) -> Any:
        captured.update(kwargs)
        return type("A", (), {"pure": [], "scripts": [], "binaries": [], "datas": []})()

    def step(*_args: Any, **_kwargs: Any) -> None:
        return None

    spec = ROOT / "clientvault.spec"
    code = compile(spec.read_text(encoding="utf-8"), str(spec), "exec")
    exec(code, {"SPECPATH": str(ROOT), "Analysis": analysis, "PYZ": step, "EXE": step, "COLLECT": step,
                "BUNDLE": step, "__name__": "__main__"})
    ours = {dest for src, dest in captured["datas"] if Path(src).name == "*.qm"}
    qt = [(Path(src), dest) for src, dest in captured["datas"] if Path(src).name == "qtbase_es.qm"]
    assert len(ours) == 1 and qt and qt[0][0].is_file() and qt[0][1] in ours  # the folder of clientvault_es.qm
    assert str(resource_path("translations")) in i18n.qt_translation_folders()
