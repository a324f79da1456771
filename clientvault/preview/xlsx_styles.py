"""The styles part of an .xlsx/.xlsm, read whole: each cell style's number format, and the little of its
look a preview shows cheaply (bold, italic, text and fill colours, horizontal alignment), with the
theme's colours the styles refer to.

* Dates: a number whose cell style's format is a built-in date format (14-22, 45-47) or a custom
  code with date tokens (d, m, y, h, s outside quotes, escapes and brackets) is a date; ``[h]``,
  ``[mm]``, ``[ss]`` make an elapsed time (``NumberFormats.kinds``, for the stream).
* Everything else is kept (:class:`NumberFormats`) for :mod:`clientvault.preview.sheet_style` to apply
  with :mod:`clientvault.preview.numfmt`.
* At most ``MAX_STYLES`` cell styles, fonts and fills are read; an attribute that is not a number
  counts as 0 (the default style).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from clientvault.preview.xlsx_book import local_name, parse_small_part

_BUILTIN_DATES = {14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 47}
_BUILTIN_ELAPSED = {46}  # [h]:mm:ss
_QUOTED = re.compile(r'"[^"]*"|\\.|_.|\*.')
_BRACKET = re.compile(r"\[([^\]]*)\]")
_ELAPSED = re.compile(r"[hms]+", re.IGNORECASE)
_DATE_TOKEN = re.compile(r"[dmyhs]", re.IGNORECASE)

PLAIN, DATE, ELAPSED = 0, 1, 2


def date_kind(code: str) -> int:
    """PLAIN, DATE or ELAPSED for a number format code: date tokens outside quotes, escapes and
    brackets make a date; ``[h]``, ``[mm]``, ``[ss]`` an elapsed time."""
    code = _QUOTED.sub("", code)
    elapsed = False
    for inner in _BRACKET.findall(code):
        if _ELAPSED.fullmatch(inner):
            elapsed = True
    code = _BRACKET.sub("", code)
    if elapsed:
        return ELAPSED
    return DATE if _DATE_TOKEN.search(code) else PLAIN


@dataclass
class NumberFormats:
    """What styles.xml says about cells: each cell style's (``s=``) format id, the workbook's own
    format codes, and the little of the look a preview shows cheaply (bold, italic, the font's and the
    fill's colours when they are plain RGB or indexed, the horizontal alignment). ``kinds`` tells the
    stream which numbers are dates."""

    xf_format: list[int] = field(default_factory=list)  # cellXfs index -> numFmtId
    codes: dict[int, str] = field(default_factory=dict)  # numFmtId -> custom format code
    kinds: list[int] = field(default_factory=list)  # cellXfs index -> PLAIN / DATE / ELAPSED
    xf_font: list[int] = field(default_factory=list)  # cellXfs index -> fonts index
    xf_fill: list[int] = field(default_factory=list)  # cellXfs index -> fills index
    xf_align: list[str] = field(default_factory=list)  # cellXfs index -> "" (general), "left", "center", "right"
    fonts: list[tuple[bool, bool, str | None]] = field(default_factory=list)  # (bold, italic, "#RRGGBB" or None)
    fills: list[str | None] = field(default_factory=list)  # "#RRGGBB" of a solid fill, or None

    def kind(self, xf: int) -> int:
        return self.kinds[xf] if 0 <= xf < len(self.kinds) else PLAIN


MAX_STYLES = 65_000  # cellXfs, fonts and fills read (Excel's own limit is 64,000 cell formats)
_ALIGN = {"left": "left", "right": "right", "center": "center", "centerContinuous": "center", "justify": "left",
          "distributed": "center", "fill": "left"}


def _color(el: ET.Element | None, theme: list[str]) -> str | None:
    """A ``<color>``/``<fgColor>`` as "#RRGGBB": ``rgb`` (ARGB), ``indexed`` (the legacy palette) or
    ``theme`` (the workbook theme's colour, without its tint); None when automatic or unknown."""
    from clientvault.preview.numfmt import INDEXED

    if el is None:
        return None
    rgb = el.get("rgb")
    if rgb and len(rgb) in (6, 8) and all(ch in "0123456789abcdefABCDEF" for ch in rgb):
        return "#" + rgb[-6:].upper()
    indexed = el.get("indexed")
    if indexed is not None and indexed.isdigit() and int(indexed) < len(INDEXED):
        return "#" + INDEXED[int(indexed)]
    found = el.get("theme")
    if found is not None and found.isdigit() and int(found) < len(theme):
        return _tinted(theme[int(found)], el.get("tint"))
    return None


def _tinted(rgb: str, tint: str | None) -> str:
    """A theme colour lightened or darkened by its ``tint`` (-1..1), as Excel does in HLS space."""
    import colorsys

    try:
        amount = float(tint) if tint else 0.0
    except ValueError:
        amount = 0.0
    if not amount:
        return "#" + rgb
    r, g, b = (int(rgb[i : i + 2], 16) / 255 for i in (0, 2, 4))
    h, lum, sat = colorsys.rgb_to_hls(r, g, b)
    lum = lum * (1 + amount) if amount < 0 else lum * (1 - amount) + amount
    r, g, b = colorsys.hls_to_rgb(h, max(0.0, min(1.0, lum)), sat)
    return "#{:02X}{:02X}{:02X}".format(*(round(c * 255) for c in (r, g, b)))


def read_theme_colors(data: bytes | None, part: str) -> list[str]:
    """The theme's colours in the order styles index them (lt1, dk1, lt2, dk2, accent1-6, hlink,
    folHlink: Excel swaps the first two pairs of the scheme's dk1, lt1, dk2, lt2)."""
    if data is None:
        return []
    found: dict[str, str] = {}
    for el in parse_small_part(data, part).iter():
        if local_name(el.tag) != "clrScheme":
            continue
        for slot in el:
            for value in slot:
                name = local_name(value.tag)
                rgb = value.get("val") if name == "srgbClr" else value.get("lastClr") if name == "sysClr" else None
                if rgb and len(rgb) == 6:
                    found[local_name(slot.tag)] = rgb.upper()
        break
    order = ("lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6",
             "hlink", "folHlink")
    return [found.get(name, "000000") for name in order] if found else []


def read_number_formats(data: bytes | None, part: str, theme: list[str] | None = None) -> NumberFormats:
    formats = NumberFormats()
    if data is None:
        return formats
    theme = theme or []
    root = parse_small_part(data, part)
    for el in root:
        tag = local_name(el.tag)
        if tag == "numFmts":
            for nf in el:
                try:
                    formats.codes[int(nf.get("numFmtId", ""))] = nf.get("formatCode", "")
                except ValueError:
                    continue
        elif tag == "fonts":
            for font in list(el)[:MAX_STYLES]:
                bold = italic = False
                color = None
                for child in font:
                    name = local_name(child.tag)
                    on = child.get("val", "1").lower() not in ("0", "false")
                    if name == "b":
                        bold = on
                    elif name == "i":
                        italic = on
                    elif name == "color":
                        color = _color(child, theme)
                formats.fonts.append((bold, italic, None if color == "#000000" else color))
        elif tag == "fills":
            for fill in list(el)[:MAX_STYLES]:
                pattern = next((c for c in fill if local_name(c.tag) == "patternFill"), None)
                solid = pattern is not None and pattern.get("patternType") == "solid"
                fg = next((c for c in pattern if local_name(c.tag) == "fgColor"), None) if solid and pattern is not None else None
                formats.fills.append(_color(fg, theme) if solid else None)
        elif tag == "cellXfs":
            for xf in list(el)[:MAX_STYLES]:
                formats.xf_format.append(_int(xf.get("numFmtId")))
                formats.xf_font.append(_int(xf.get("fontId")))
                formats.xf_fill.append(_int(xf.get("fillId")))
                align = next((c for c in xf if local_name(c.tag) == "alignment"), None)
                formats.xf_align.append(_ALIGN.get(align.get("horizontal", ""), "") if align is not None else "")
    for fid in formats.xf_format:
        code = formats.codes.get(fid)
        if code is not None:
            formats.kinds.append(date_kind(code))
        else:
            formats.kinds.append(DATE if fid in _BUILTIN_DATES else ELAPSED if fid in _BUILTIN_ELAPSED else PLAIN)
    return formats


def _int(text: str | None) -> int:
    return int(text) if text is not None and text.isascii() and text.isdigit() and len(text) <= 9 else 0
