"""The window's language: Qt translators from ``clientvault/resources/translations/*.qm``
(package data) and the locale used for dates and sizes. Source strings are English; Spanish comes
from ``clientvault_es.qm``. ``scripts/update_translations.sh`` re-extracts and compiles them."""

from __future__ import annotations

import os

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from clientvault.core import i18n as core_i18n
from clientvault.paths import resource_path

_installed: list[QTranslator] = []

# Key names as menus and tooltips write them. Qt's own Spanish says «Retorno», «Control» and
# «Mayúsculas», which no keyboard sold in Colombia prints; ours (installed after Qt's, so asked
# first) say what the keys read. Listed here so lupdate keeps them in the .ts files.
KEY_NAMES = (
    QT_TRANSLATE_NOOP("QShortcut", "Return"),
    QT_TRANSLATE_NOOP("QShortcut", "Enter"),
    QT_TRANSLATE_NOOP("QShortcut", "Ctrl"),
    QT_TRANSLATE_NOOP("QShortcut", "Shift"),
    QT_TRANSLATE_NOOP("QShortcut", "Alt"),
    QT_TRANSLATE_NOOP("QShortcut", "Del"),
    QT_TRANSLATE_NOOP("QShortcut", "Backspace"),
    QT_TRANSLATE_NOOP("QShortcut", "Esc"),
)


def choose_language(settings: QSettings) -> str:
    """CLIENTVAULT_LANG, then the choice saved in settings, then the system locale."""
    env = os.environ.get("CLIENTVAULT_LANG", "").strip().lower()[:2]
    if env in core_i18n.SUPPORTED:
        return env
    saved = str(settings.value("language", "") or "")
    if saved in core_i18n.SUPPORTED:
        return saved
    return core_i18n.system_language()


def install(app: QCoreApplication, lang: str) -> None:
    """Load the translations for ``lang`` and make dates and sizes follow it."""
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    core_i18n.set_language(lang)
    # English is the source language; its .qm carries only the plural forms ("1 file", "2 files").
    if lang == "es":
        system = QLocale.system()
        QLocale.setDefault(system if system.language() == QLocale.Language.Spanish
                           else QLocale(QLocale.Language.Spanish, QLocale.Country.Colombia))
        qt = QTranslator(app)  # Qt's own dialogs (file chooser, print dialog) in Spanish too
        if any(qt.load("qtbase_es", folder) for folder in qt_translation_folders()):
            app.installTranslator(qt)
            _installed.append(qt)
    else:
        system = QLocale.system()
        QLocale.setDefault(system if system.language() == QLocale.Language.English
                           else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    # Sizes in core messages («pesa 5,04 MB») written as the window's columns write them.
    core_i18n.set_number_format(lang, QLocale().decimalPoint(), QLocale().groupSeparator())
    # Ours last: Qt asks the translator installed last first, so our key names win over Qt's.
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"clientvault_{lang}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)


def qt_translation_folders() -> list[str]:
    """Where ``qtbase_<lang>.qm`` may be: Qt's own folder (the PySide6 wheel keeps it in
    ``PySide6/Qt/translations``), then our translations folder, where clientvault.spec copies it
    so the bundle has it wherever PyInstaller puts Qt."""
    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), str(resource_path("translations"))]
