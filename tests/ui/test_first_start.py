"""The first start (a data folder with no company) shows all of its words, at a laptop's 1366x768 and
at 1600x1000, in Spanish and English; the New company dialog does not complain before anything
is typed."""

from __future__ import annotations

from typing import Any

import pytest
from language_helpers import LANGUAGES
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

TITLE = {"en": "Add your first company", "es": "Agregue su primera empresa"}
WHAT_TO_DO = {"en": "Start by adding a company", "es": "Empiece por agregar una empresa"}


def fully_visible(widget: Any) -> bool:
    """Nothing of it cut by its parents (a scroll area's viewport, the window)."""
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect() and \
        widget.visibleRegion().rectCount() == 1


@pytest.mark.parametrize("size", [(1366, 768), (1600, 1000)])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_first_start_shows_every_word(qtbot: QtBot, window_in: Any, lang: str, size: tuple[int, int]) -> None:
    window = window_in(lang)
    window.resize(*size)
    QApplication.processEvents()
    page = window.empty_state
    assert window.stack.currentWidget() is page
    labels = [w for w in page.findChildren(QLabel) if w.text()]
    for label in labels:
        # Each label is as tall as its wrapped text needs at the width it got (a fixed width with an
        # alignment flag gave it the height of another width: the text was cut)...
        assert label.height() >= label.heightForWidth(label.width()), (label.objectName(), label.size())
        assert fully_visible(label), label.objectName()
    assert [w.objectName() for w in labels] == ["emptyTitle", "emptyIntro", "emptySteps"]
    title, intro, steps = labels
    assert title.text() == TITLE[lang]
    assert steps.text().startswith(WHAT_TO_DO[lang])  # ...and the paragraph that says what to do is there
    for label in labels:
        assert label.wordWrap() and label.width() <= page.viewport().width()
    assert fully_visible(window.empty_button)
    # One paragraph below the other, the button below them all, nothing on top of anything.
    assert title.geometry().bottom() < intro.geometry().top()
    assert intro.geometry().bottom() < steps.geometry().top()
    button = window.empty_button
    assert steps.mapTo(page, steps.rect().bottomLeft()).y() < button.mapTo(page, button.rect().topLeft()).y()
    # The text column has the room it needs, and no more than a comfortable line.
    assert 380 <= intro.width() <= 720


def test_first_start_text_wraps_again_in_a_narrow_window(qtbot: QtBot, window: Any) -> None:
    """A window narrower than the text column: the lines wrap again and a taller label keeps every word."""
    window.resize(520, 600)
    QApplication.processEvents()
    intro = window.findChild(QLabel, "emptyIntro")
    assert intro.width() < 500
    assert intro.height() >= intro.heightForWidth(intro.width())


def open_new_company(qtbot: QtBot, window: Any) -> Any:
    window.action_add_company.trigger()
    qtbot.waitUntil(lambda: window.companies.dialog is not None and window.companies.dialog.isVisible())
    return window.companies.dialog


@pytest.mark.parametrize("lang", LANGUAGES)
def test_new_company_dialog_complains_only_after_typing_or_trying_to_save(qtbot: QtBot, window_in: Any,
                                                                           lang: str) -> None:
    window = window_in(lang)
    dialog = open_new_company(qtbot, window)
    error = dialog.findChild(QLabel, "companyError")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert error.text() == ""  # nothing typed yet: no red line
    assert not save.isEnabled()  # but nothing to save either

    qtbot.keyClicks(dialog.name_edit, "A")
    assert error.text() == "" and save.isEnabled()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Backspace)  # typed, then emptied: now it says why
    assert error.text() == {"en": "Enter the company's legal name.", "es": "Escriba la razón social de la empresa."}[lang]
    assert not save.isEnabled()


def test_enter_on_an_empty_form_says_what_is_missing(qtbot: QtBot, window: Any) -> None:
    dialog = open_new_company(qtbot, window)
    assert dialog.error_label.text() == ""
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # an attempt to save
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Enter the company's legal name."


def test_a_nit_typed_wrong_is_shown_but_not_an_untouched_name(qtbot: QtBot, window: Any) -> None:
    dialog = open_new_company(qtbot, window)
    qtbot.keyClicks(dialog.nit_edit, "123")
    assert dialog.error_label.text() == "The NIT “123” is not valid: enter 5 to 15 digits, with or without the check digit."
