"""The preview pane in the real window: every corpus file as MANIFEST.tsv says, and the pane's states."""

from __future__ import annotations

from typing import Any

import pytest
from preview_helpers import corpus_dir, import_and_select, manifest_rows, select_file, wait_settled
from pytestqt.qtbot import QtBot

from clientvault.core.filetypes import EXTENSIONS, KINDS

ROWS = manifest_rows()
# preview-ok files whose documented outcome is a clear "open it with another program".
UNSUPPORTED_OK = {"example.heic", "SampleDoc.doc", "raw_text.doc"}
# error-expected files that lenient readers partly show.
PARTIAL_OK = {"truncated_jpeg.jpg", "multicolumn_truncated.pdf"}
# error-expected files the vault itself refuses at import (empty, wrong extension): the pane is given the path.
REFUSED_AT_IMPORT = {"empty.pdf", "Factura_2024-03.xlsx", "too_small.xls"}


def _mime(name: str) -> str | None:
    code = EXTENSIONS.get("." + name.rsplit(".", 1)[-1].lower())
    return KINDS[code].mime if code else None


@pytest.fixture(autouse=True)
def spanish(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIENTVAULT_LANG", "es")


@pytest.mark.skipif(not ROWS, reason="corpus not found")
@pytest.mark.parametrize("row", ROWS, ids=[r["file_name"] for r in ROWS])
def test_corpus_file_in_the_pane(qtbot: QtBot, window: Any, row: dict[str, str]) -> None:
    name, expected = row["file_name"], row["expected"]
    pane = window.preview_pane
    if expected == "oversize" or name in REFUSED_AT_IMPORT:
        pane.show_path(corpus_dir() / name, _mime(name), name)  # never gets into the vault: the pane directly
    else:
        import_and_select(qtbot, window, name)
    state = wait_settled(qtbot, pane)
    message = pane.findChild(type(pane.message), "previewMessage").text()
    if expected == "oversize":
        assert state == "error" and "grande" in message, (state, message)
    elif expected == "error-expected":
        if name in PARTIAL_OK and state == "ready":
            return
        assert state in ("error", "unsupported") and message.strip(), (state, message)
    elif name in UNSUPPORTED_OK and state == "unsupported":
        assert "otro programa" in message
        assert pane.open_button.isVisible()
    else:
        assert state == "ready", (state, message)
        assert pane.content is not None and pane.content.name


def test_states_empty_loading_ready_and_back_to_empty(qtbot: QtBot, window: Any) -> None:
    pane = window.preview_pane
    assert pane.state == "empty" and pane.message.text()
    seen: list[str] = []
    pane.stateChanged.connect(seen.append)
    import_and_select(qtbot, window, "pdflatex-4-pages.pdf")
    wait_settled(qtbot, pane)
    assert seen == ["loading", "ready"]
    assert pane.property("state") == "ready"
    assert pane.content.kind == "pdf" and pane.content.page_count == 4
    assert not pane.content.image.isNull() and pane.page_label.text().endswith("4")
    pane.next_button.click()
    qtbot.waitUntil(lambda: pane.content.page == 1, timeout=10_000)
    window.table.clearSelection()
    assert pane.state == "empty"


def test_moving_the_selection_cancels_the_running_render(qtbot: QtBot, window: Any) -> None:
    pane = window.preview_pane
    import_and_select(qtbot, window, "GeoTopo-komprimiert.pdf", "simple.png")
    first = pane._task
    select_file(qtbot, window, "simple.png")
    if first is not None:  # the first render may already have finished on a fast machine
        assert first.cancelled
    assert wait_settled(qtbot, pane) == "ready"
    assert pane.content.kind == "image" and pane.name == "simple.png"
    qtbot.wait(300)  # a late result of the first file must not replace the second
    assert pane.content.kind == "image"


def test_going_back_is_served_from_the_cache(qtbot: QtBot, window: Any) -> None:
    pane = window.preview_pane
    import_and_select(qtbot, window, "minimal-document.pdf", "tables.docx")
    wait_settled(qtbot, pane)
    select_file(qtbot, window, "tables.docx")
    wait_settled(qtbot, pane)
    seen: list[str] = []
    pane.stateChanged.connect(seen.append)
    select_file(qtbot, window, "minimal-document.pdf")
    assert pane.state == "ready" and "loading" not in seen  # no worker round trip
    assert len(pane.cache) == 2 and pane.cache.total_bytes < pane.cache.max_bytes


def test_password_pdf_is_an_error_with_words(qtbot: QtBot, window: Any) -> None:
    pane = window.preview_pane
    import_and_select(qtbot, window, "libreoffice-writer-password.pdf")
    assert wait_settled(qtbot, pane) == "error"
    assert "contraseña" in pane.message.text()
    assert pane.open_button.isVisible()


def test_password_pdf_opens_with_the_password_typed_in_the_pane(qtbot: QtBot, window: Any) -> None:
    pane = window.preview_pane
    import_and_select(qtbot, window, "libreoffice-writer-password.pdf")
    assert wait_settled(qtbot, pane) == "error"
    assert pane.password_button.isVisible()
    pane.password_button.click()
    dialog = pane.password_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.textEchoMode() == dialog.textEchoMode().Password  # dots, not the password
    dialog.setTextValue("wrong")
    dialog.accept()
    assert wait_settled(qtbot, pane) == "error"
    assert "no es correcta" in pane.message.text()
    pane.password_button.click()
    pane.password_dialog.setTextValue("openpassword")
    pane.password_dialog.accept()
    assert wait_settled(qtbot, pane) == "ready"
    assert pane.content.kind == "pdf" and not pane.content.image.isNull()
    assert not pane.password_button.isVisible()


@pytest.mark.parametrize("name", ["example.heic", "SampleDoc.doc"])
def test_heic_and_doc_are_unsupported(qtbot: QtBot, window: Any, name: str) -> None:
    pane = window.preview_pane
    import_and_select(qtbot, window, name)
    assert wait_settled(qtbot, pane) == "unsupported"
    assert "otro programa" in pane.message.text()


def test_sheet_tabs_and_lazy_rows(qtbot: QtBot, window: Any) -> None:
    pane = window.preview_pane
    import_and_select(qtbot, window, "profiles.xls")
    wait_settled(qtbot, pane)
    from clientvault.ui.preview.sheet_view import SheetView

    view = pane.findChild(SheetView)
    assert view is not None and view.tabs.count() == 5
    assert view.current_table() is not None and view.current_table().model().rowCount() > 0
    view.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: view.current_table() is not None, timeout=10_000)


def test_a_bug_loading_another_sheet_shows_plain_words(qtbot: QtBot, window: Any, caplog) -> None:  # noqa: ANN001
    """A bug of ours while a tab loads reaches the log with its traceback; the tab says, in plain words,
    that the preview failed, never the programmer's message."""
    pane = window.preview_pane
    import_and_select(qtbot, window, "profiles.xls")
    wait_settled(qtbot, pane)
    from PySide6.QtWidgets import QLabel

    from clientvault.ui.preview.sheet_view import SheetView

    view = pane.findChild(SheetView)
    real = view.preview.sheet

    def broken(index: int, **kwargs: Any) -> Any:
        if index == view.preview.sheets[2].index:
            raise KeyError("internal_cache_slot")
        return real(index, **kwargs)

    view.preview.sheet = broken
    view.tabs.setCurrentIndex(2)

    def told() -> bool:
        widget = view.tabs.widget(2)
        return isinstance(widget, QLabel) and "problema inesperado" in widget.text()

    qtbot.waitUntil(told, timeout=10_000)
    assert "internal_cache_slot" not in view.tabs.widget(2).text()
    assert "internal_cache_slot" in caplog.text  # the traceback is in the log


def test_hidden_sheets_are_named_in_a_note(qtbot: QtBot, window: Any) -> None:
    pane = window.preview_pane
    import_and_select(qtbot, window, "any_sheets.xlsx")
    wait_settled(qtbot, pane)
    from clientvault.ui.preview.sheet_view import SheetView

    view = pane.findChild(SheetView)
    assert view.note.isVisible() and "VeryHidden" in view.note.text()  # named by the sheets' own names
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == ["Visible", "Chart"]  # the chartsheet too


def test_word_never_loads_remote_resources(qtbot: QtBot, window: Any) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    from clientvault.ui.preview.html_view import SafeTextBrowser

    pane = window.preview_pane
    import_and_select(qtbot, window, "having-images.docx")
    wait_settled(qtbot, pane)
    browser = pane.findChild(SafeTextBrowser)
    assert browser is not None and browser.toPlainText() is not None
    kind = QTextDocument.ResourceType.ImageResource.value
    assert browser.loadResource(kind, QUrl("http://example.com/x.png")) is None
    assert browser.loadResource(kind, QUrl("file:///etc/passwd")) is None
