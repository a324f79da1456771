"""The two languages the window tests run in, each with the locale a Colombian or a US machine gives
it (set explicitly by conftest.py's ``window_in``, so a test machine's own locale, en_GB or es_ES,
never changes what is checked)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from clientvault.paths import resource_path

LOCALES = {"es": QLocale(QLocale.Language.Spanish, QLocale.Country.Colombia),
           "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)}
ES_QM = resource_path("translations", "clientvault_es.qm")
LANGUAGES = ["en", pytest.param("es", marks=pytest.mark.skipif(not ES_QM.is_file(), reason=f"{ES_QM} is missing: "
                                                                 "compile the translations (scripts/update_translations.sh)"))]
