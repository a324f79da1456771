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


# How each language writes numbers: the decimal mark and the thousands separator. The window sets
# them from its locale (Colombia «5,04» and «5.242.881»; Mexico and English «5.04», «5,242,881»),
# so a size in a core message reads as the same size in the window's columns.
_numbers: dict[str, tuple[str, str]] = {"es": (",", "."), "en": (".", ",")}


def set_number_format(lang: str, decimal: str, group: str) -> None:
    """The decimal mark and thousands separator with which ``lang`` writes numbers (the window's locale)."""
    if lang in SUPPORTED:
        _numbers[lang] = (decimal, group)


def number(value: float, decimals: int = 0) -> str:
    """``value`` with ``decimals`` decimals and thousands grouped, as the language in force writes it."""
    decimal, group = _numbers.get(language(), (".", ","))
    marks: dict[str, str | int | None] = {",": group, ".": decimal}  # a mark may be more than one character
    return f"{value:,.{decimals}f}".translate(str.maketrans(marks))
