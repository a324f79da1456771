"""The upload dialog and its summary read well (issue 11, item 14): every reason in full, wrapped,
down to what it says to do; a refused file's size the same in its column and its reason, in the
window's number format, never looking under the limit; advice that does not loop («Comprímalo»,
then the ZIP refused with «Descomprímalo»); real plurals in both languages; a damaged file (the
corpus has several) flagged when it is offered, uploaded all the same with a warning."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import add_company, start_and_wait_import, summary_rows

from clientvault.core import errors
from clientvault.core.filetypes import MAX_SIZE, identify
from clientvault.paths import resource_path
from clientvault.ui import i18n

REFUSED = ["accident_2015.csv", "spark.png", "Factura_2024-03.xlsx", "empty.pdf"]
DAMAGED = ["truncated_jpeg.jpg", "corrupt-crc.xlsx", "multicolumn_truncated.pdf", "truncated62886.docx",
           "bug1020226.pdf"]
HEALTHY = ["simple.png", "minimal-document.pdf", "sample.docx", "simple-monthly-budget.xlsx"]


def open_upload(qtbot: QtBot, window: Any, paths: list[Path]) -> Any:
    add_company(window, "Comercializadora Andina")
    window.action_upload.trigger()
    dialog = window.findChild(QDialog, "uploadDialog")
    dialog.add_paths([str(p) for p in paths])
    qtbot.waitUntil(lambda: dialog.details.width() > 0)
    return dialog


def reason_of(path: Path) -> str:
    """What the core says of a refused file (in the language in force): the words the dialog must show whole."""
    with pytest.raises(errors.FileRefused) as refused:
        identify(path)
    return refused.value.reason


def visible_texts(dialog: QWidget) -> list[str]:
    return [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton) if w.isVisible()]


def big_pdf(corpus: Path, where: Path) -> Path:
    """A real PDF over the limit: a corpus PDF with a long comment before its end (readers skip it)."""
    data = (corpus / "minimal-document.pdf").read_bytes()
    cut = data.rindex(b"%%EOF")
    target = where / "Extractos 2023 escaneados.pdf"
    target.write_bytes(data[:cut] + b"%" + b"x" * (MAX_SIZE + 300_000) + b"\n" + data[cut:])
    return target


@pytest.mark.parametrize("size", ["1366x768", "1600x1000"])
def test_every_reason_is_readable_to_its_end(qtbot: QtBot, spanish: None, open_window: Any, corpus: Path,
                                             size: str) -> None:
    window = open_window()
    w, h = map(int, size.split("x"))
    window.resize(w, h)
    dialog = open_upload(qtbot, window, [corpus / n for n in REFUSED + DAMAGED[:2]])
    assert dialog.width() <= w and dialog.height() <= h
    details = dialog.findChild(QLabel, "uploadDetails")
    assert details.isVisible() and details.wordWrap()
    shown = details.text()
    for name in REFUSED:
        reason = reason_of(corpus / name)
        assert reason in shown, (name, reason)  # whole, down to what it says to do
        assert f"«{name}» se rechazará: {reason}" in shown
    for name in DAMAGED[:2]:
        assert f"«{name}» se subirá con un aviso. Parece" in shown
    # Wrapped, not cut: the label is as tall as its text needs at its width, and lives in a pane that
    # scrolls, so every line can be read.
    assert details.height() >= details.heightForWidth(details.width())
    assert details.width() <= dialog.details_area.viewport().width()
    # The column still says it in short, with the whole reason as its tooltip.
    item = dialog.list.topLevelItem(0)
    assert item.toolTip(dialog.COL_STATUS) == reason_of(corpus / REFUSED[0])


@pytest.mark.parametrize(("lang", "column", "says"), [("es", "5,04 MB", "pesa 5,04 MB, 0,04 MB más que el límite"),
                                                     ("en", "5.04 MB", "it is 5.04 MB, 0.04 MB over the")])
def test_the_size_column_and_the_reason_say_the_same_size(qtbot: QtBot, qapp: QApplication, open_window: Any,
                                                          corpus: Path, monkeypatch: pytest.MonkeyPatch,
                                                          lang: str, column: str, says: str) -> None:
    monkeypatch.setenv("CLIENTVAULT_LANG", lang)
    i18n.install(qapp, lang)
    try:
        window = open_window()
        dialog = open_upload(qtbot, window, [corpus / "accident_2015.csv", corpus / "spark.png"])
        item = dialog.list.topLevelItem(0)
        assert item.text(dialog.COL_SIZE) == column  # not «5,0 MB», which reads as the limit itself
        assert says in item.toolTip(dialog.COL_STATUS)
        number = float(column.split()[0].replace(",", "."))
        assert number > MAX_SIZE / 1024 / 1024
        spark = dialog.list.topLevelItem(1)
        assert spark.text(dialog.COL_SIZE) in spark.toolTip(dialog.COL_STATUS)
    finally:
        i18n.install(qapp, "en")


def test_advice_for_a_file_too_big_works_and_never_loops(qtbot: QtBot, spanish: None, open_window: Any,
                                                         corpus: Path, tmp_path: Path) -> None:
    pdf = big_pdf(corpus, tmp_path)
    window = open_window()
    dialog = open_upload(qtbot, window, [pdf, corpus / "spark.png", corpus / "accident_2015.csv"])
    reasons = [dialog.list.topLevelItem(i).toolTip(dialog.COL_STATUS) for i in range(3)]
    # «Comprímalo» made a ZIP, and a ZIP is refused with «Descomprímalo»: no advice says to compress.
    assert not [r for r in reasons if re.search(r"compr[ií]m", r, re.IGNORECASE)], reasons
    assert "Divídalo en varios PDF de menos de 5 MB" in reasons[0] and "200 ppp" in reasons[0]
    assert "Reduzca la imagen" in reasons[1]
    assert "Divídalo en varios archivos de menos de 5 MB" in reasons[2]


@pytest.mark.parametrize(("lang", "one", "many"), [
    ("es", ("Subir 1 archivo", "1 archivo listo, se rechazarán 4."), ("Subir 2 archivos", "2 archivos listos, se rechazará 1.")),
    ("en", ("Upload 1 file", "1 file ready, 4 will be refused."), ("Upload 2 files", "2 files ready, 1 will be refused.")),
])
def test_real_plurals_in_the_dialog_and_the_summary(qtbot: QtBot, qapp: QApplication, open_window: Any,
                                                    corpus: Path, monkeypatch: pytest.MonkeyPatch, lang: str,
                                                    one: tuple[str, str], many: tuple[str, str]) -> None:
    monkeypatch.setenv("CLIENTVAULT_LANG", lang)
    i18n.install(qapp, lang)
    try:
        window = open_window()
        dialog = open_upload(qtbot, window, [corpus / "simple.png"] + [corpus / n for n in REFUSED])
        assert (dialog.load_button.text(), dialog.summary.text()) == one
        for item in [dialog.list.topLevelItem(i) for i in range(1, 4)]:
            item.setSelected(True)
        dialog.remove_button.click()
        dialog.add_paths([str(corpus / "minimal-document.pdf")])
        assert (dialog.load_button.text(), dialog.summary.text()) == many
        assert not [t for t in visible_texts(dialog) if re.search(r"\((s|n|es)\)", t)]
        summary = start_and_wait_import(qtbot, window, dialog.load_button.click)
        headline = summary.headline.text()
        assert headline == {"es": "Comercializadora Andina: 2 archivos subidos, 1 rechazado.",
                            "en": "Comercializadora Andina: 2 files uploaded, 1 refused."}[lang]
    finally:
        i18n.install(qapp, "en")


def test_no_word_on_screen_of_these_dialogs_says_s_in_brackets() -> None:
    """Every message of the upload dialog, its summary and the company removal is a real plural in Spanish."""
    root = ET.parse(resource_path("translations", "clientvault_es.ts")).getroot()
    for context in root.iter("context"):
        if context.findtext("name") not in ("UploadDialog", "ImportSummaryDialog", "CompanyActions"):
            continue
        for message in context.iter("message"):
            tr = message.find("translation")
            assert tr is not None
            texts = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
            assert not [t for t in texts if re.search(r"\((s|n|es)\)", t)], (message.findtext("source"), texts)
            assert "(s)" not in (message.findtext("source") or "") or message.get("numerus") == "yes"


def test_damaged_files_are_flagged_at_upload_and_kept_with_a_warning(
        qtbot: QtBot, spanish: None, open_window: Any, corpus: Path) -> None:
    window = open_window()
    dialog = open_upload(qtbot, window, [corpus / n for n in DAMAGED + HEALTHY])
    company_id = window.current_company_id()
    states = {dialog.list.topLevelItem(i).text(0): dialog.list.topLevelItem(i).data(0, dialog.STATE_ROLE)
              for i in range(dialog.list.topLevelItemCount())}
    assert states == {**dict.fromkeys(DAMAGED, "damaged"), **dict.fromkeys(HEALTHY, "ready")}
    jpeg = dialog.list.topLevelItem(0)
    assert jpeg.text(dialog.COL_STATUS) == "Listo (Imagen JPEG), parece dañado"
    assert "le falta el final del archivo" in jpeg.toolTip(dialog.COL_STATUS)
    crc = dialog.list.topLevelItem(1)
    assert "una de sus partes no coincide" in crc.toolTip(dialog.COL_STATUS)
    assert dialog.summary.text() == "9 archivos listos (5 con un aviso)."
    assert dialog.load_button.isEnabled() and dialog.load_button.text() == "Subir 9 archivos"
    assert len(dialog.problems()) == len(DAMAGED)

    summary = start_and_wait_import(qtbot, window, dialog.load_button.click)
    rows = summary_rows(summary)
    assert rows == {**dict.fromkeys(DAMAGED, "Subido, parece dañado"), **dict.fromkeys(HEALTHY, "Subido")}
    assert summary.headline.text() == "Comercializadora Andina: 9 archivos subidos (5 con un aviso)."
    # The warnings come first, and the first one is shown whole below the list.
    assert summary.list.topLevelItem(0).text(0) in DAMAGED
    details = summary.findChild(QLabel, "importDetails")
    assert "Se puede guardar así" in details.text() and details.wordWrap()
    kept = {p.name for p in window.vault.company_dir(company_id).iterdir() if p.is_file()}
    assert set(DAMAGED) <= kept  # kept as the client sent them
