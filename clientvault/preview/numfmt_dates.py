"""Dates, times and durations written under an Excel date code (:mod:`clientvault.preview.numfmt`):
``yy yyyy m mm mmm mmmm mmmmm d dd ddd dddd h hh m mm s ss .0 AM/PM A/P`` and the elapsed ``[h]
[mm] [ss]``, with month and day names in the window's language, and serial numbers to and from dates
(the 1900 system, with its phantom 29 February)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from clientvault.preview.numfmt import NumberLocale
    from clientvault.preview.numfmt_codes import Section

_MONTHS = {
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}
_MONTHS_SHORT = {
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}
_DAYS = {  # Monday first, as date.weekday()
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_DAYS_SHORT = {
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}


def to_serial(value: Any) -> float:
    """A date, time or duration as Excel's serial number (for a number code given a date cell)."""
    if isinstance(value, dt.timedelta):
        return value.total_seconds() / 86400
    if isinstance(value, dt.time):
        return (value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6) / 86400
    if not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day)
    delta = value - dt.datetime(1899, 12, 30)
    # Serials before 1 March 1900 are one less: Excel counts a 29 February 1900 that never was.
    return delta.days + delta.seconds / 86400 - (1 if value < dt.datetime(1900, 3, 1) else 0)


def from_serial(value: float, elapsed: bool) -> Any:
    """A serial number a reader left as a number (an .xls number under a custom date code), converted
    as the .xlsx reader converts its dates (the one home of that rule); a number no calendar holds stays."""
    from clientvault.preview.xlsx_stream import serial_to_python
    from clientvault.preview.xlsx_styles import DATE, ELAPSED

    return serial_to_python(value, ELAPSED if elapsed else DATE, False)


def render_date(section: Section, value: dt.date | dt.time | dt.timedelta, loc: NumberLocale) -> str:
    moment: dt.datetime | None
    if isinstance(value, dt.timedelta):
        total = value.total_seconds()
        moment = None
    else:
        if isinstance(value, dt.time):
            moment = dt.datetime(1899, 12, 31, value.hour, value.minute, value.second, value.microsecond)
        elif not isinstance(value, dt.datetime):
            moment = dt.datetime(value.year, value.month, value.day)
        else:
            moment = value
        total = moment.hour * 3600 + moment.minute * 60 + moment.second + moment.microsecond / 1e6
    # Seconds are rounded to the places the code shows, as Excel does (14:30:05.6 under "ss" is :06).
    places = max((len(v) for k, v in section.parts if k == "frac"), default=0)
    negative = total < 0
    seconds = round(abs(total), places)
    hour, minute, second = int(seconds // 3600), int(seconds % 3600 // 60), seconds % 60
    if moment is not None and seconds >= 86400:
        moment, hour = moment + dt.timedelta(days=1), 0  # 23:59:59.6 under "ss" is the next day's 00:00:00
    lang = loc.lang
    out: list[str] = []
    for kind, token in section.parts:
        if kind == "lit":
            out.append(token)
        elif kind == "frac":
            out.append(loc.decimal + f"{second - int(second):.{len(token)}f}"[2:])
        elif kind != "date":
            continue
        elif token.startswith("["):
            amount = {"h": seconds // 3600, "m": seconds // 60, "s": seconds}[token[1]]
            out.append(("-" if negative else "") + str(int(amount)).rjust(len(token) - 2, "0"))
            negative = False
        elif token in ("am/pm", "a/p"):
            pm = hour % 24 >= 12
            out.append(("PM" if pm else "AM") if token == "am/pm" else ("P" if pm else "A"))
        elif token[0] == "h":
            h = hour % 24
            if section.hour12:
                h = h % 12 or 12
            out.append(str(h).rjust(min(len(token), 2), "0"))
        elif token in ("M", "MM"):
            out.append(str(minute).rjust(len(token), "0"))
        elif token[0] == "s":
            out.append(str(int(second)).rjust(min(len(token), 2), "0"))
        elif moment is None:
            continue  # a duration has no calendar date
        elif token[0] == "y":
            out.append(str(moment.year) if len(token) > 2 else f"{moment.year % 100:02d}")
        elif token[0] == "m":
            n, month = len(token), moment.month
            out.append(str(month) if n == 1 else f"{month:02d}" if n == 2 else _MONTHS_SHORT[lang][month - 1]
                       if n == 3 else _MONTHS[lang][month - 1][0] if n == 5 else _MONTHS[lang][month - 1])
        elif token[0] == "d":
            n, day = len(token), moment.day
            out.append(str(day) if n == 1 else f"{day:02d}" if n == 2 else _DAYS_SHORT[lang][moment.weekday()]
                       if n == 3 else _DAYS[lang][moment.weekday()])
    return "".join(out)
