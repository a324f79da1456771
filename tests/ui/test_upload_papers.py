"""The upload summary's suggestions and NIT check, through the real window: real PDFs with a text
layer, uploaded as a person does, their text read by the real text worker (the window's own
background reader), the suggestion applied only when clicked, and a RUT of another client warned
about in dark red with a button that moves it to the company whose NIT it names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from paper_pdfs import rut_pdf, write_paper_pdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFrame, QLabel, QPushButton
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from ui_helpers import add_company, files_on_disk, settle, wait_import

READ_TIMEOUT_MS = 90_000
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def espiga(window: Any) -> Any:
    return add_company(window, "Panadería La Espiga", nit="800191045")


@pytest.fixture
def molinos(window: Any, espiga: Any) -> Any:
    return add_company(window, "Molinos del Sur", nit="900123456", select=False)


def singular(text: str) -> str:
    """The English singular of this module's new plural strings, before and after the English
    translation gets their forms (Qt shows the source text, «1 document(s) seem», until then)."""
    return text.replace("1 document(s) seem ", "1 document seems ")


def upload(qtbot: QtBot, window: Any, company: Any, paths: list[Path]) -> Any:
    window.files.summary_dialog = None
    window.files.import_paths(company.id, [str(p) for p in paths])
    return wait_import(qtbot, window)


def read_texts(qtbot: QtBot, window: Any) -> None:
    """What the window does a moment after an import: its reader reads the new files' text."""
    with qtbot.waitSignal(window.indexer.finished, timeout=READ_TIMEOUT_MS,
                          check_params_cb=lambda report: report is not None):
        window.indexer.start()


def suggestion_of(summary: Any, name: str) -> str:
    tree = summary.list
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item.text(summary.COL_FILE) == name:
            return item.text(summary.COL_SUGGESTION)
    raise AssertionError(f"{name} is not in the summary")


def item_of(summary: Any, name: str) -> Any:
    tree = summary.list
    return next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).text(summary.COL_FILE) == name)


def doc_named(window: Any, name: str) -> Any:
    D = window.vault.catalog.Document
    return window.vault.document(D.get(D.filename == name).id)


def paper(tmp_path: Path, name: str, title: str) -> Path:
    """A small real PDF of its own content (two uploads of the same bytes would be a duplicate)."""
    return write_paper_pdf(tmp_path / name, [title, f"Documento {name}"])


def test_a_rut_that_names_another_clients_nit_is_warned_about_and_moved_there(
        qtbot: QtBot, window: Any, espiga: Any, molinos: Any, tmp_path: Path) -> None:
    window.select_company(espiga.id)
    pdf = rut_pdf(tmp_path / "RUT.pdf", nit="900123456")
    summary = upload(qtbot, window, espiga, [pdf])
    assert suggestion_of(summary, "RUT.pdf") == "RUT — Reading the content…"  # the name alone, for now
    assert summary.findChild(QFrame, "ownerWarning") is None  # the text is what names the NIT

    read_texts(qtbot, window)
    warning = summary.findChild(QFrame, "ownerWarning")
    assert warning is not None and warning.isVisible()
    text = warning.findChild(QLabel, "ownerWarningText").text()
    assert ("This RUT is for NIT 900.123.456-8, not Panadería La Espiga (800.191.045-1). "
            "That NIT belongs to Molinos del Sur.") in text
    assert text.startswith("⚠ RUT.pdf")
    # Impossible to miss: in the headline, in dark red, above the list, and the file's row on top.
    headline = summary.headline
    assert singular(headline.text()) == "Panadería La Espiga: 1 file uploaded. 1 document seems to belong to another company."
    assert "#8b0000" in headline.styleSheet()
    box = summary.findChild(QFrame, "ownerWarnings")
    layout = summary.layout()
    assert layout.indexOf(box) < layout.indexOf(summary.list)
    assert summary.list.topLevelItem(0).text(0) == "RUT.pdf"
    assert summary.list.topLevelItem(0).foreground(0).color().name() == "#8b0000"
    assert suggestion_of(summary, "RUT.pdf") == "RUT · 03/15/2024"
    doc = doc_named(window, "RUT.pdf")
    assert doc.company_id == espiga.id  # nothing moves until the person says so

    move = warning.findChild(QPushButton, "ownerMove")
    assert move.isVisible() and move.text() == "Move to Molinos del Sur"
    qtbot.mouseClick(move, LEFT)
    settle(window)
    assert files_on_disk(window, molinos.id) == {"RUT.pdf"}
    assert files_on_disk(window, espiga.id) == set()
    assert window.vault.document(doc.id).company_id == molinos.id
    assert [e.text for e in window.vault.history(doc.id) if e.kind == "moved"] == [
        "Moved from Panadería La Espiga to Molinos del Sur"]
    assert warning.findChild(QLabel, "ownerWarningText").text() == "RUT.pdf: Moved to Molinos del Sur."
    assert not move.isVisible()
    assert singular(headline.text()) == "Panadería La Espiga: 1 file uploaded. 1 moved to the company whose NIT it names."
    assert headline.styleSheet() == ""
    assert item_of(summary, "RUT.pdf").text(summary.COL_RESULT) == "Moved to Molinos del Sur"
    assert window.document_model.rowCount() == 0  # the table of La Espiga follows


def test_the_warning_reads_in_spanish(qtbot: QtBot, spanish: None, window: Any, espiga: Any, molinos: Any,
                                      tmp_path: Path) -> None:
    summary = upload(qtbot, window, espiga, [rut_pdf(tmp_path / "RUT.pdf", nit="900123456")])
    read_texts(qtbot, window)
    text = summary.findChild(QLabel, "ownerWarningText").text()
    assert "Este RUT es del NIT 900.123.456-8, no de Panadería La Espiga (800.191.045-1)." in text
    assert "Ese NIT es de Molinos del Sur." in text


def test_a_nit_no_company_has_is_warned_about_without_a_move(
        qtbot: QtBot, window: Any, espiga: Any, tmp_path: Path) -> None:
    summary = upload(qtbot, window, espiga, [rut_pdf(tmp_path / "RUT.pdf", nit="900123456")])
    read_texts(qtbot, window)
    warning = summary.findChild(QFrame, "ownerWarning")
    assert warning is not None
    assert "not Panadería La Espiga (800.191.045-1)." in warning.findChild(QLabel, "ownerWarningText").text()
    assert not warning.findChild(QPushButton, "ownerMove").isVisible()
    assert "1 document seems to belong to another company." in singular(summary.headline.text())


def test_no_warning_when_the_nit_is_the_companys_own(
        qtbot: QtBot, window: Any, espiga: Any, molinos: Any, tmp_path: Path) -> None:
    summary = upload(qtbot, window, espiga, [rut_pdf(tmp_path / "RUT.pdf", nit="800191045")])
    read_texts(qtbot, window)
    assert summary.findChild(QFrame, "ownerWarning") is None
    assert not summary.findChild(QFrame, "ownerWarnings").isVisible()
    assert summary.headline.text() == "Panadería La Espiga: 1 file uploaded."
    assert suggestion_of(summary, "RUT.pdf") == "RUT · 03/15/2024"
    assert doc_named(window, "RUT.pdf").company_id == espiga.id


def test_suggestions_are_applied_with_one_click_or_all_at_once(
        qtbot: QtBot, window: Any, espiga: Any, tmp_path: Path) -> None:
    files = [paper(tmp_path, "Declaración renta 2023.pdf", "Renta"),
             paper(tmp_path, "Extracto Bancolombia nov 2024.pdf", "Extracto"),
             paper(tmp_path, "Acta asamblea.pdf", "Acta"),
             paper(tmp_path, "scan001.pdf", "Nada")]
    summary = upload(qtbot, window, espiga, files)
    reading = " — Reading the content…"
    assert suggestion_of(summary, "Declaración renta 2023.pdf") == "Renta · period 2023" + reading
    assert suggestion_of(summary, "Extracto Bancolombia nov 2024.pdf") == "Extracto · period Nov 2024" + reading
    assert suggestion_of(summary, "scan001.pdf") == "Reading the content…"
    apply_one = summary.findChild(QPushButton, "importApplySelected")
    apply_all = summary.findChild(QPushButton, "importApplyAll")
    assert apply_all.isEnabled()

    summary.list.clearSelection()
    assert not apply_one.isEnabled()
    item_of(summary, "Declaración renta 2023.pdf").setSelected(True)
    assert apply_one.isEnabled()
    qtbot.mouseClick(apply_one, LEFT)
    renta = window.vault.document_details(doc_named(window, "Declaración renta 2023.pdf").id)
    assert renta.type is not None and renta.type.code == "renta" and renta.doc.period == "2023"
    assert suggestion_of(summary, "Declaración renta 2023.pdf") == "Applied: Renta · period 2023" + reading
    assert window.vault.document_details(doc_named(window, "Acta asamblea.pdf").id).type is None  # not selected
    assert not apply_one.isEnabled()  # what is selected has nothing more to fill in

    qtbot.mouseClick(apply_all, LEFT)
    extracto = window.vault.document_details(doc_named(window, "Extracto Bancolombia nov 2024.pdf").id)
    assert extracto.type is not None and extracto.type.code == "extracto" and extracto.doc.period == "2024-11"
    acta = window.vault.document_details(doc_named(window, "Acta asamblea.pdf").id)
    assert acta.type is not None and acta.type.code == "acta"
    assert window.vault.document_details(doc_named(window, "scan001.pdf").id).type is None
    assert not apply_all.isEnabled()
    history = window.vault.history(acta.doc.id)
    assert history[-1].kind == "details" and "type: — → Acta" in history[-1].text

    read_texts(qtbot, window)  # the text says nothing more: the rows stop saying they read it
    assert suggestion_of(summary, "scan001.pdf") == "Nothing to suggest"
    assert suggestion_of(summary, "Acta asamblea.pdf") == "Applied: Acta"


def test_closing_the_summary_without_applying_changes_nothing(
        qtbot: QtBot, window: Any, espiga: Any, molinos: Any, tmp_path: Path) -> None:
    files = [paper(tmp_path, "Declaración renta 2023.pdf", "Renta"), rut_pdf(tmp_path / "RUT.pdf", nit="900123456")]
    summary = upload(qtbot, window, espiga, files)
    read_texts(qtbot, window)
    assert summary.findChild(QFrame, "ownerWarning") is not None
    summary.findChild(QPushButton, "importApplyAll").setFocus()
    qtbot.keyClick(summary, Qt.Key.Key_Escape)
    assert not summary.isVisible()
    for name in ("Declaración renta 2023.pdf", "RUT.pdf"):
        details = window.vault.document_details(doc_named(window, name).id)
        assert details.type is None and details.doc.period is None and details.doc.created is None
        assert details.doc.company_id == espiga.id
        assert [e.kind for e in window.vault.history(details.doc.id)] == ["added"]
    assert files_on_disk(window, espiga.id) == {"Declaración renta 2023.pdf", "RUT.pdf"}


def test_the_summary_without_uploads_has_no_suggestion_buttons(
        qtbot: QtBot, window: Any, espiga: Any, tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    summary = upload(qtbot, window, espiga, [empty])
    assert summary_buttons_hidden(summary)


def summary_buttons_hidden(summary: Any) -> bool:
    return all(not summary.findChild(QPushButton, n).isVisible() for n in ("importApplySelected", "importApplyAll"))


def test_the_summary_follows_the_reading_as_it_goes_not_only_at_its_end(
        qtbot: QtBot, window: Any, espiga: Any, molinos: Any, tmp_path: Path) -> None:
    from clientvault.core.values import TextWorker, index_documents

    summary = upload(qtbot, window, espiga, [paper(tmp_path, "Acta asamblea.pdf", "Acta"),
                                             rut_pdf(tmp_path / "RUT.pdf", nit="900123456")])
    # The project's reader as the window's runs it (newest first: the RUT); one file read of two.
    with TextWorker() as worker:
        index_documents(window.vault, worker, company_id=espiga.id,
                        cancelled=lambda: window.vault.text_counts().pending < 2)
    assert window.vault.text_counts().pending == 1
    assert summary.findChild(QFrame, "ownerWarning") is None  # nobody has told the summary yet
    window.indexer.progressed.emit(1, 2)  # what the reader says after each file
    qtbot.waitUntil(lambda: summary.findChild(QFrame, "ownerWarning") is not None, timeout=5000)
    assert "Reading the content…" not in suggestion_of(summary, "RUT.pdf")
    assert suggestion_of(summary, "Acta asamblea.pdf").endswith("Reading the content…")


def test_a_summary_closed_before_the_text_is_read_comes_back_with_the_warning(
        qtbot: QtBot, window: Any, espiga: Any, molinos: Any, tmp_path: Path) -> None:
    summary = upload(qtbot, window, espiga, [rut_pdf(tmp_path / "RUT.pdf", nit="900123456")])
    qtbot.mouseClick(summary.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close), LEFT)
    assert not summary.isVisible()  # the person closed it at once, as people do
    read_texts(qtbot, window)
    qtbot.waitUntil(summary.isVisible)  # the worst mistake is not left unsaid
    assert summary.findChild(QFrame, "ownerWarning") is not None
    summary.reject()
    qtbot.waitUntil(lambda: not isValid(summary))  # seen and closed: gone


def test_a_summary_closed_early_with_nothing_wrong_stays_closed(
        qtbot: QtBot, window: Any, espiga: Any, tmp_path: Path) -> None:
    summary = upload(qtbot, window, espiga, [rut_pdf(tmp_path / "RUT.pdf", nit="800191045")])
    summary.reject()
    read_texts(qtbot, window)
    qtbot.waitUntil(lambda: not isValid(summary))


def test_a_big_upload_shows_its_summary_at_once_and_fills_in_the_suggestions(
        qtbot: QtBot, window: Any, espiga: Any, tmp_path: Path) -> None:
    from clientvault.ui.dialogs.import_summary import CHUNK

    files = [paper(tmp_path, f"Acta asamblea {i:02}.pdf", "Acta") for i in range(CHUNK + 5)]
    summary = upload(qtbot, window, espiga, files)
    texts = [suggestion_of(summary, p.name) for p in files]
    assert texts.count("Acta — Reading the content…") >= CHUNK  # the first ones asked before it showed
    qtbot.waitUntil(lambda: all(suggestion_of(summary, p.name) == "Acta — Reading the content…" for p in files))
    qtbot.mouseClick(summary.findChild(QPushButton, "importApplyAll"), LEFT)
    assert all(window.vault.document_details(doc_named(window, p.name).id).type is not None for p in files)


def test_a_camara_certificate_and_a_resolucion_are_named_as_people_name_them(
        qtbot: QtBot, spanish: None, window: Any, espiga: Any, molinos: Any, tmp_path: Path) -> None:
    from paper_pdfs import camara_pdf, resolucion_pdf

    summary = upload(qtbot, window, espiga, [camara_pdf(tmp_path / "Cámara.pdf", nit="900123456"),
                                             resolucion_pdf(tmp_path / "Resolución.pdf", nit="900123456")])
    read_texts(qtbot, window)
    texts = sorted(w.findChild(QLabel, "ownerWarningText").text() for w in summary.findChildren(QFrame, "ownerWarning"))
    assert len(texts) == 2
    assert texts[0].startswith("⚠ Cámara.pdf: Este certificado de Cámara de Comercio es del NIT 900.123.456-8, "
                               "no de Panadería La Espiga (800.191.045-1).")
    assert texts[1].startswith("⚠ Resolución.pdf: Esta resolución de facturación es del NIT 900.123.456-8, "
                               "no de Panadería La Espiga (800.191.045-1).")
