"""Dates and sizes as a person reads them, in the window's locale.

Every date on screen goes through ``local_datetime`` or ``local_date``: the locale's order of day,
month and year (Colombia: day first; the United States: month first), always two-digit days and
months and a four-digit year ("01/12/2026", never "1/12/26": in a vault of old papers "3/04/24"
could be 1924 as well as 2024). Spanish shows the time on the 24-hour clock ("17:29", as Colombian
invoices and the DIAN write it, rather than CLDR's "5:29 p. m."); English keeps its locale's clock
(en-US "5:29 PM")."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale

# A run of one letter outside quotes, or a quoted literal (kept as it is).
_FIELD = re.compile(r"'[^']*'|d+|M+|y+")


def human_size(size: int) -> str:
    """1024-based with the units people know ("KB", "MB"), not "KiB"."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with two-digit days and months and a four-digit year
    ("d/MM/yy" -> "dd/MM/yyyy", "M/d/yy" -> "MM/dd/yyyy"); words such as a month's name are kept."""
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    padded = {"d": "dd", "M": "MM", "yy": "yyyy", "y": "yyyy"}
    return _FIELD.sub(lambda m: padded.get(m.group(), m.group()), fmt)


def time_format(locale: QLocale | None = None) -> str:
    """Hours and minutes: the 24-hour clock in Spanish, the locale's own clock otherwise."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.Spanish:
        return "HH:mm"
    return locale.timeFormat(QLocale.FormatType.ShortFormat)


def local_datetime(when: datetime | None) -> str:
    """A stored UTC time, shown in local time: "01/12/2026 17:29" (es-CO), "12/01/2026 5:29 PM" (en-US)."""
    if when is None:
        return ""
    local = QDateTime.fromSecsSinceEpoch(int(when.replace(tzinfo=UTC).timestamp())).toLocalTime()
    locale = QLocale()
    return locale.toString(local, f"{date_format(locale)} {time_format(locale)}")


def local_date(when: datetime | date | None) -> str:
    """A day as ``date_format`` writes it; a stored datetime (UTC) is its local calendar day."""
    if when is None:
        return ""
    if isinstance(when, datetime):
        when = when.replace(tzinfo=UTC).astimezone().date()
    locale = QLocale()
    return locale.toString(QDate(when.year, when.month, when.day), date_format(locale))


def nit_text(nit: str | None, dv: int | None) -> str:
    """A NIT as it is written in Colombia, whatever the window's language: thousands with dots and
    the check digit after a dash ("900.123.456-7"); "" without a NIT."""
    if not nit:
        return ""
    groups = f"{int(nit):,}".replace(",", ".") if nit.isdigit() and not nit.startswith("0") else nit
    return f"{groups}-{dv}" if dv is not None else groups
