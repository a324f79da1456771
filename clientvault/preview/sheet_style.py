"""How each cell looks: its text as Excel writes it (number formats) and the little of its style a
preview shows cheaply (alignment, bold, italic, text and fill colours).

A sheet's rows are turned into text once, as they are read (``Sheet._fill``), by a *styler*: a callable
that takes what the reader yields for one row and returns the row's texts and one small look id per
cell. The ids index ``Looks.table`` (id 0 is the plain left-aligned look), so a row costs one byte per
cell beside its texts (``bytes`` while ids stay below 256), and a row of plain text costs nothing:
the empty ``b""`` stands for "all id 0".

* :class:`PlainStyler` for readers that give Python values only (CSV, tests): numbers, dates and
  times are right-aligned as Excel aligns them under General, booleans centred, text left.
* :class:`XlsxStyler` for the .xlsx reader's ``(values, style indexes)`` rows: each style's number
  format (compiled once, :mod:`clientvault.preview.numfmt`), its font's bold, italic and colour, its
  solid fill and its horizontal alignment; a format's ``[Red]`` colours the text.
* :class:`XlsStyler`: the same for xlrd's cells (format strings, fonts, palette, alignment).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from clientvault.core.i18n import t
from clientvault.preview.numfmt import NumberFormat, NumberLocale, code_for, compile_code, general, number_locale

log = logging.getLogger(__name__)

LEFT, CENTER, RIGHT = "left", "center", "right"
_TEXT, _NUMBER, _BOOL = 0, 1, 2
_GENERAL_ALIGN = (LEFT, RIGHT, CENTER)  # what General alignment gives text, numbers, booleans


@dataclass(frozen=True)
class CellLook:
    align: str = LEFT  # "left", "center", "right"
    bold: bool = False
    italic: bool = False
    color: str | None = None  # "#RRGGBB" of the text, None for the view's own
    fill: str | None = None  # "#RRGGBB" of the cell's background, None for none


PLAIN = CellLook()


class Looks:
    """The distinct looks of one sheet, each given a small id once (id 0: ``PLAIN``)."""

    def __init__(self) -> None:
        self.table: list[CellLook] = [PLAIN]
        self._ids: dict[CellLook, int] = {PLAIN: 0}

    def id(self, look: CellLook) -> int:
        found = self._ids.get(look)
        if found is None:
            found = self._ids[look] = len(self.table)
            self.table.append(look)
        return found

    def get(self, look_id: int) -> CellLook:
        return self.table[look_id] if 0 <= look_id < len(self.table) else PLAIN


def css(look: CellLook) -> str:
    """The look as CSS declarations for a printed HTML cell (``<td style="...">``; QTextDocument reads
    text-align, font-weight, font-style, color and background-color)."""
    parts = [f"text-align: {look.align}"]
    if look.bold:
        parts.append("font-weight: bold")
    if look.italic:
        parts.append("font-style: italic")
    if look.color:
        parts.append(f"color: {look.color}")
    if look.fill:
        parts.append(f"background-color: {look.fill}")
    return "; ".join(parts)


def pack(ids: list[int]) -> bytes | list[int]:
    """A row's look ids as stored: ``b""`` when all are 0, bytes while they fit, else the list."""
    if not any(ids):
        return b""
    return bytes(ids) if max(ids) < 256 else ids


def _kind(value: Any) -> int:
    if isinstance(value, bool):
        return _BOOL
    if isinstance(value, (int, float, dt.date, dt.time, dt.timedelta)):
        return _NUMBER
    return _TEXT


def format_date(value: dt.date, loc: NumberLocale) -> str:
    """A date without a format of its own (an ISO date cell, a CSV): the locale's short date."""
    return value.strftime("%d/%m/%Y") if loc.lang == "es" else f"{value.month}/{value.day}/{value.year}"


def plain_text(value: Any, loc: NumberLocale) -> str:
    """A cell as the person expects to read it under General: 42 not 42.0, 31/12/2024 not 45657, the
    decimal separator of the window's locale."""
    kind = type(value)
    if kind is str:  # the common cases first: a sheet's worth of cells passes here while scrolling
        return value  # type: ignore[no-any-return]
    if kind is float:
        return general(value, loc)
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return t("VERDADERO", "TRUE") if value else t("FALSO", "FALSE")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return general(value, loc)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return format_date(value.date(), loc)
        fmt = "%H:%M:%S" if value.second else "%H:%M"
        return f"{format_date(value.date(), loc)} {value.strftime(fmt)}"
    if isinstance(value, dt.date):
        return format_date(value, loc)
    if isinstance(value, dt.time):
        return value.strftime("%H:%M:%S" if value.second else "%H:%M")
    if isinstance(value, dt.timedelta):
        total = int(value.total_seconds())
        sign = "-" if total < 0 else ""
        total = abs(total)
        return f"{sign}{total // 3600}:{total % 3600 // 60:02d}:{total % 60:02d}"
    return str(value)


class PlainStyler:
    """Rows of Python values: General's text and alignment."""

    def __init__(self, looks: Looks, locale: NumberLocale | None = None) -> None:
        self.locale = locale or number_locale()
        self._ids = [looks.id(CellLook(align)) for align in _GENERAL_ALIGN]

    def __call__(self, raw: Sequence[Any]) -> tuple[list[str], bytes | list[int]]:
        loc, ids = self.locale, self._ids
        texts = [plain_text(v, loc) for v in raw]
        return texts, pack([ids[_kind(v)] if v is not None and v != "" else 0 for v in raw])


@dataclass
class _Style:
    """What one cell style (an xf) does to a cell."""

    number: NumberFormat | None  # None: General
    align: str  # "" for General's (by the value's kind)
    bold: bool = False
    italic: bool = False
    color: str | None = None
    fill: str | None = None


class _Styled:
    """The shared part of the .xlsx and .xls stylers: a style index and a value -> text and look id."""

    def __init__(self, looks: Looks, styles: list[_Style], locale: NumberLocale) -> None:
        self.locale = locale
        self._looks = looks
        self._styles = styles
        self._plain = _Style(None, "")
        self._memo: dict[tuple[int, int, str | None], int] = {}  # (style, value kind, format colour) -> look id
        self._failed: set[str] = set()
        self._fast: dict[int, int] = {}  # style * 4 + value kind -> look id, for cells without a format colour

    def _look(self, xf: int, kind: int, color: str | None) -> int:
        key = (xf, kind, color)
        found = self._memo.get(key)
        if found is None:
            style = self._styles[xf] if 0 <= xf < len(self._styles) else self._plain
            align = style.align or _GENERAL_ALIGN[kind]
            look = CellLook(align, style.bold, style.italic, color or style.color, style.fill)
            found = self._memo[key] = self._looks.id(look)
        return found

    def _format(self, number: NumberFormat, value: Any) -> tuple[str, str | None]:
        """A code our formatter trips on shows the cell as General (logged once), never a damaged sheet."""
        try:
            return number.format(value)
        except Exception:  # noqa: BLE001 - a bug of ours on one code must not cost the person the sheet
            if number.code not in self._failed:
                self._failed.add(number.code)
                log.exception("number format %r failed on %r; shown as General", number.code[:100], value)
            return plain_text(value, self.locale), None

    def cells(self, values: Sequence[Any], xfs: Sequence[int]) -> tuple[list[str], bytes | list[int]]:
        """The texts and look ids of one row. It runs for every cell read, so its common paths (text,
        a float under a style seen before) stay free of calls that are not needed."""
        loc, styles, plain, memo = self.locale, self._styles, self._plain, self._fast
        texts: list[str] = []
        ids: list[int] = []
        count, known = len(styles), len(xfs)
        for i, value in enumerate(values):
            xf = xfs[i] if i < known else 0
            style = styles[xf] if 0 <= xf < count else plain
            color = None
            kind = type(value)
            if kind is str:
                if value and style.number is not None:
                    text, color = self._format(style.number, value)
                else:
                    text = value
                kind_id = _TEXT
            elif value is None:
                text, kind_id = "", _TEXT
            elif kind is bool:
                text, kind_id = plain_text(value, loc), _BOOL
            else:
                kind_id = _NUMBER
                number = style.number
                if number is None or (kind is not float and (
                        not number.is_date or (kind is dt.time and not number.has_time))):
                    # General; an ISO date cell under a number code; a serial below 1 under a date-only
                    # code (Excel writes 0/01/1900 there; the time it stands for says more)
                    text = plain_text(value, loc)
                else:
                    text, color = self._format(number, value)
            texts.append(text)
            if color is None:
                key = xf * 4 + kind_id
                look = memo.get(key)
                if look is None:
                    look = memo[key] = self._look(xf, kind_id, None) if key else 0
                ids.append(look)
            else:
                ids.append(self._look(xf, kind_id, color))
        return texts, pack(ids)


class XlsxStyler(_Styled):
    """The .xlsx stream's ``(values, style indexes)`` rows (``WorksheetStream(styled=True)``)."""

    def __init__(self, looks: Looks, formats: Any, locale: NumberLocale | None = None) -> None:
        locale = locale or number_locale()
        styles = []
        fonts, fills = formats.fonts, formats.fills
        for xf, fid in enumerate(formats.xf_format):
            font = formats.xf_font[xf] if xf < len(formats.xf_font) else 0
            fill = formats.xf_fill[xf] if xf < len(formats.xf_fill) else 0
            bold, italic, color = fonts[font] if 0 <= font < len(fonts) else (False, False, None)
            styles.append(_Style(compile_code(code_for(fid, formats.codes), locale),
                                 formats.xf_align[xf] if xf < len(formats.xf_align) else "",
                                 bold, italic, color, fills[fill] if 0 <= fill < len(fills) else None))
        super().__init__(looks, styles, locale)

    def __call__(self, raw: tuple[Sequence[Any], Sequence[int]]) -> tuple[list[str], bytes | list[int]]:
        values, xfs = raw
        return self.cells(values, xfs) if values else ([], b"")


def xls_styles(book: Any, locale: NumberLocale) -> list[_Style]:
    """xlrd's cell formats (``formatting_info=True``) as styles: format string, font, fill, alignment."""
    styles = []
    palette = getattr(book, "colour_map", {}) or {}

    def hex_of(index: int | None) -> str | None:
        rgb = palette.get(index) if index is not None else None
        return "#{:02X}{:02X}{:02X}".format(*rgb) if rgb else None

    for xf in book.xf_list:
        fmt = book.format_map.get(xf.format_key)
        code = fmt.format_str if fmt is not None else "General"
        font = book.font_list[xf.font_index] if xf.font_index < len(book.font_list) else None
        bold = bool(font and font.weight >= 700)
        italic = bool(font and font.italic)
        color = hex_of(font.colour_index) if font is not None else None
        if color in ("#000000", None):
            color = None
        fill = None
        background = getattr(xf, "background", None)
        if background is not None and background.fill_pattern == 1:
            fill = hex_of(background.pattern_colour_index)
        align = {1: LEFT, 2: CENTER, 3: RIGHT, 6: CENTER}.get(getattr(xf.alignment, "hor_align", 0), "")
        styles.append(_Style(compile_code(code, locale), align, bold, italic, color, fill))
    return styles


class XlsStyler(_Styled):
    """xlrd rows given as ``(values, xf indexes)``, with the book's :func:`xls_styles`."""

    def __init__(self, looks: Looks, styles: list[_Style], locale: NumberLocale | None = None) -> None:
        super().__init__(looks, styles, locale or number_locale())

    def __call__(self, raw: tuple[Sequence[Any], Sequence[int]]) -> tuple[list[str], bytes | list[int]]:
        values, xfs = raw
        return self.cells(values, xfs) if values else ([], b"")
