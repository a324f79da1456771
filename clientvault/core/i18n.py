"""Language choice for messages produced outside Qt (core errors and the command line).

The window translates its own strings with Qt's ``tr()``; messages that start life in the core
(a refused file, a clash of names) are written in both languages at the place they are raised, so
the command line, which never loads Qt, speaks the same language as the window.
"""

from __future__ import annotations

import locale
import os

SUPPORTED = ("es", "en")
_forced: str | None = None


def system_language() -> str:
    """Spanish or English from the environment; Spanish when the locale says nothing useful,
    because our users are accountants in Colombia and Latin America first."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return "en" if value.lower().startswith("en") else "es"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "en" if loc.lower().startswith("en") else "es"


def language() -> str:
    """The language in force: ``CLIENTVAULT_LANG`` wins, then a choice made in settings, then the system."""
    env = os.environ.get("CLIENTVAULT_LANG", "").strip().lower()[:2]
    if env in SUPPORTED:
        return env
    if _forced in SUPPORTED:
        return _forced
    return system_language()


def set_language(code: str | None) -> None:
    """Remember the language picked in settings (None goes back to the system's)."""
    global _forced
    _forced = code if code in SUPPORTED else None


def t(es: str, en: str) -> str:
    """Pick the Spanish or English text of a message."""
    return en if language() == "en" else es
