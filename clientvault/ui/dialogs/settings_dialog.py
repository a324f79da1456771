"""Settings: the interface language, the e-mail page (``mail_settings_page.py``) and the paper types
with their expiry rules (``paper_types_page.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from clientvault.core.vault import Vault


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self.language = QComboBox()
        self.language.setObjectName("settingsLanguage")
        self.language.addItem(self.tr("Same as the computer"), "")
        self.language.addItem("Español", "es")
        self.language.addItem("English", "en")
        current = str(settings.value("language", "") or "")
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        note = QLabel(self.tr("The new language is used the next time ClientVault starts."))
        note.setWordWrap(True)
        general = QWidget()
        form = QFormLayout(general)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", note)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("General"))
        from clientvault.ui.dialogs.mail_settings_page import MailSettingsPage  # reads the vault's settings

        self.mail_page = MailSettingsPage(vault)
        self.tabs.addTab(self.mail_page, self.tr("E-mail"))
        from clientvault.ui.dialogs.paper_types_page import PaperTypesPage

        self.types_page = PaperTypesPage(vault)
        self.tabs.addTab(self.types_page, self.tr("Paper types"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        # The e-mail page scrolls on a laptop; on a taller screen it opens whole (its test button
        # included), never taller than the screen the window is on.
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(self.sizeHint().width(), max(self.minimumSizeHint().height(), min(800, screen.height() * 9 // 10)))

    def _on_buttons_accepted(self) -> None:
        if self.mail_page.save():  # a problem is shown on the page, which stays open
            self.tabs.setCurrentWidget(self.mail_page)
            return
        if self.types_page.save():  # the types saved stay saved; the refused one says why, beside its field
            self.tabs.setCurrentWidget(self.types_page)
            return
        self._settings.setValue("language", self.language.currentData())
        self._settings.sync()
        self.accept()
