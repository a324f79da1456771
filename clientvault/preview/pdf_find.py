"""Finding words in a document's text, ignoring case and accents: the folding with a map back to the
original characters (shared with the window's text and sheet finders), and a PDF's text layer searched
page by page, each hit as rectangles on the displayed page.

Why our own matching and not PDFium's ``FPDFText_FindStart``: PDFium matches case-insensitively but
not accent-insensitively, and an accountant types "resolucion" for "Resolución". So each page's text
is folded (NFKD, combining marks dropped, casefold: ``core.values.fold``) character by character,
keeping for every folded character the index of the PDF character it came from; a hit in the folded
text then maps back to PDFium's char indices, whose boxes PDFium knows.

Rectangles are in points from the top-left corner of the page as displayed (after /Rotate, within
the crop box): PDFium's own ``FPDF_PageToDevice`` converts them, the same transform the renderer uses,
so a view only multiplies by its pixels per point.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from clientvault.core.values import fold
from clientvault.preview.base import Cancelled, check

MAX_HITS = 2000  # a common word in a long document: enough to step through, bounded in memory
_SUBUNITS = 64  # PageToDevice returns whole device units: 1/64 point is finer than any screen shows

Rect = tuple[float, float, float, float]  # x, y, width, height


def _fold_char(ch: str, cache: dict[str, str] = {}) -> str:  # noqa: B006 - a deliberate shared cache
    folded = cache.get(ch)
    if folded is None:
        folded = cache[ch] = fold(ch)
    return folded


def fold_with_map(text: str) -> tuple[str, list[int] | None]:
    """``text`` folded, and for each folded character the index in ``text`` it came from (None when the
    two are aligned one to one, as for ASCII text: the common case costs one ``lower()``)."""
    if text.isascii():
        return text.lower(), None
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        folded = _fold_char(ch) if not ch.isascii() else ch.lower()
        out.append(folded)
        where.extend([i] * len(folded))  # "ß" -> "ss" maps both back to the one character; marks vanish
    return "".join(out), where


def needle_pattern(needle: str) -> re.Pattern[str] | None:
    """The folded needle as a pattern in which any run of spaces matches any run of white space (a
    phrase broken across lines of a PDF, or by a tab); None for a needle with nothing to find."""
    words = fold(needle).split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(w) for w in words))


def find_spans(text: str, pattern: re.Pattern[str], limit: int = MAX_HITS) -> list[tuple[int, int]]:
    """(start, end) of each match of ``pattern`` in ``text`` folded, as indices into ``text`` itself."""
    folded, where = fold_with_map(text)
    spans: list[tuple[int, int]] = []
    for match in pattern.finditer(folded):
        start, end = match.span()
        if where is None:
            spans.append((start, end))
        else:
            last = where[end - 1] + 1
            while last < len(text) and unicodedata.combining(text[last]):
                last += 1  # an accent typed as its own character belongs to the letter before it
            spans.append((where[start], last))
        if len(spans) >= limit:
            break
    return spans


def matches(text: str, pattern: re.Pattern[str]) -> bool:
    """Whether ``text`` holds the needle: a cell of a sheet, with no positions needed."""
    return pattern.search(text.lower() if text.isascii() else fold(text)) is not None


@dataclass(frozen=True)
class PdfHit:
    page: int
    rects: tuple[Rect, ...]  # in points from the displayed page's top-left; one per line the hit covers


@dataclass
class PdfFindResult:
    hits: list[PdfHit] = field(default_factory=list)
    pages_with_text: int = 0  # 0: a scan (or a drawing) with nothing to search
    truncated: bool = False  # MAX_HITS reached: the count shown is "at least"


def _page_text(textpage: Any, count: int) -> str:
    """The page's characters, one per PDFium char index (the fast range call when it keeps them aligned:
    it may drop or add characters on some pages, then we ask for each character)."""
    import pypdfium2.raw as pdfium_c

    text = textpage.get_text_range(0, count) if count else ""
    if len(text) == count:
        return str(text)
    return "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, i) or 32) for i in range(count))


def _line_rects(textpage: Any, start: int, end: int) -> list[Rect]:
    """The boxes of chars ``start``..``end - 1`` in page space (y up), merged into one per line. Loose
    boxes (the font's full height) make a highlight as tall as a selection, whatever the letters."""
    rects: list[list[float]] = []  # left, bottom, right, top
    for i in range(start, end):
        left, bottom, right, top = textpage.get_charbox(i, loose=True)
        if right - left <= 0 or top - bottom <= 0:
            continue  # a space PDFium added between words or lines: it has no place on the page
        if rects:
            last = rects[-1]
            overlap = min(top, last[3]) - max(bottom, last[1])
            if overlap > 0.5 * min(top - bottom, last[3] - last[1]) and left >= last[0] - 1:
                last[0], last[1] = min(last[0], left), min(last[1], bottom)
                last[2], last[3] = max(last[2], right), max(last[3], top)
                continue
        rects.append([left, bottom, right, top])
    return [(r[0], r[1], r[2], r[3]) for r in rects]


def _to_display(page: Any, size: tuple[float, float], rect: Rect) -> Rect:
    """A page-space rectangle as points from the top-left of the page as shown (rotation, crop box)."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    w, h = max(1, round(size[0] * _SUBUNITS)), max(1, round(size[1] * _SUBUNITS))
    xs, ys = [], []
    left, bottom, right, top = rect
    for px, py in ((left, bottom), (right, top)):
        dx, dy = ctypes.c_int(), ctypes.c_int()
        pdfium_c.FPDF_PageToDevice(page.raw, 0, 0, w, h, 0, px, py, ctypes.byref(dx), ctypes.byref(dy))
        xs.append(dx.value / _SUBUNITS)
        ys.append(dy.value / _SUBUNITS)
    return min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)


def find_in_document(
    doc: Any,
    lock: Any,
    needle: str,
    *,
    cancelled: Cancelled | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> PdfFindResult:
    """Every hit of ``needle`` in an open pypdfium2 document, page by page, holding ``lock`` (PDFium's
    process-wide one) one page at a time so rendering in another thread interleaves."""
    result = PdfFindResult()
    pattern = needle_pattern(needle)
    with lock:
        page_count = len(doc)
    for index in range(page_count):
        check(cancelled)
        if progress is not None:
            progress(index, page_count)
        with lock:
            page = doc[index]
            textpage = page.get_textpage()
            try:
                count = textpage.count_chars()
                text = _page_text(textpage, count)
                if text.strip():
                    result.pages_with_text += 1
                spans = find_spans(text, pattern, MAX_HITS - len(result.hits)) if pattern is not None else []
                if spans:
                    size = doc.get_page_size(index)
                    for start, end in spans:
                        rects = tuple(_to_display(page, size, r) for r in _line_rects(textpage, start, end))
                        if rects:
                            result.hits.append(PdfHit(index, rects))
            finally:
                textpage.close()
                page.close()
        if len(result.hits) >= MAX_HITS:
            result.truncated = True
            break
    return result
