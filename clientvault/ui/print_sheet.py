"""A workbook or CSV as the HTML that :mod:`clientvault.ui.printing` paginates.

Cells are read through the preview's own table model (:class:`SheetModel`), with its DisplayRole
text and its TextAlignmentRole, FontRole and BackgroundRole where it gives them, so the paper
shows what the pane shows: a number format or a right-aligned amount on screen is the same on paper.

Paper starts at the first row and the first column that hold something (a sheet whose data starts
at C3 prints no empty rows and columns first) and ends at the last ones; merged cells span as on
screen; each sheet after the first starts on a new page under its name.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from clientvault.preview.base import Cancelled, check
from clientvault.ui.preview.sheet_view import MAX_SPANS, SheetModel

MAX_PRINT_ROWS = 2_000  # laid out on the GUI thread a page at a time: 2,000 rows of 20 columns take about 6 s
MAX_PRINT_COLUMNS = 200  # a stray cell in column XFD must not print 16,384 columns
MAX_SPANNED = 200_000  # cells covered by merged ranges printed as spans
MAX_CELL_CHARS = 60  # a long cell (a URL) is cut with "…" rather than wrapped one letter per line
translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls by this name
Role = Qt.ItemDataRole
_ALIGN = ((Qt.AlignmentFlag.AlignRight, "right"), (Qt.AlignmentFlag.AlignHCenter, "center"))


def _number(n: int) -> str:
    return QLocale().toString(n)


def _align(value: Any) -> str:
    if value is None:
        return ""
    flags = Qt.AlignmentFlag(int(value))
    for flag, word in _ALIGN:
        if flags & flag:
            return f' align="{word}"'
    return ""


def _colour(value: Any) -> str:
    if isinstance(value, QBrush):
        value = value.color()
    if isinstance(value, QColor) and value.isValid() and value.alpha():
        return value.name()
    return ""


def _cell(model: SheetModel, row: int, col: int, span: tuple[int, int] | None, blank: bool = False) -> str:
    index = model.index(row, col)
    text = None if blank else model.data(index, Role.DisplayRole)
    text = "" if text is None else str(text)  # the model's text: its number formats, not the raw value
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - 1] + "…"
    body = html.escape(text)
    attrs = _align(model.data(index, Role.TextAlignmentRole)) if text else ""
    if span is not None:
        attrs += (f' rowspan="{span[0]}"' if span[0] > 1 else "") + (f' colspan="{span[1]}"' if span[1] > 1 else "")
    background = _colour(model.data(index, Role.BackgroundRole))
    if background:
        attrs += f' bgcolor="{background}"'
    colour = _colour(model.data(index, Role.ForegroundRole)) if text else ""
    if colour:  # red negatives and coloured text, as the pane shows them
        body = f'<font color="{colour}">{body}</font>'
    font = model.data(index, Role.FontRole)
    if isinstance(font, QFont) and text:
        if font.bold():
            body = f"<b>{body}</b>"
        if font.italic():
            body = f"<i>{body}</i>"
    return f"<td{attrs}>{body}</td>"


def _used_area(rows: Sequence[Sequence[str]]) -> tuple[int, int, int, int] | None:
    """(first row, first column, last row, last column) holding text, 0-based inclusive; None when empty."""
    top = bottom = left = right = -1
    for r, row in enumerate(rows):
        filled = [c for c, text in enumerate(row) if text]
        if not filled:
            continue
        if top < 0:
            top = r
        bottom = r
        left = filled[0] if left < 0 else min(left, filled[0])
        right = max(right, filled[-1])
    return None if top < 0 else (top, left, bottom, right)


Area = tuple[int, int, int, int]


def _spans(merged: Sequence[Area], area: Area) -> dict[tuple[int, int], tuple[int, int]]:
    """Merged ranges inside the printed area, by their top-left cell: (rows, columns) they span. At
    most MAX_SPANS of them covering MAX_SPANNED cells in all (a hostile sheet's hundreds of huge
    merges would otherwise cost a billion steps), as the screen shows at most MAX_SPANS."""
    top, left, bottom, right = area
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    cells = 0
    for r0, c0, r1, c1 in merged:
        if len(spans) >= MAX_SPANS:
            break
        if (r1 > r0 or c1 > c0) and top <= r0 <= bottom and left <= c0 <= right:
            span = (min(r1, bottom) - r0 + 1, min(c1, right) - c0 + 1)
            cells += span[0] * span[1]
            if cells > MAX_SPANNED:
                break
            spans[(r0, c0)] = span
    return spans


@dataclass
class SheetPart:
    """One visible sheet, ready to be laid out a slice of rows at a time (:func:`SheetPart.html`):
    printing lays out a few hundred rows per QTextDocument so the window stays alive between them."""

    name: str  # shown as a heading when the workbook has several visible sheets, else ""
    model: SheetModel | None  # None: nothing to tabulate (an empty sheet, one with only charts)
    area: Area | None = None
    spans: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    text: str = ""  # the paragraph an empty or charts-only sheet prints instead of a table
    notes: list[str] = field(default_factory=list)  # after the table: rows or columns left out, a read error

    @property
    def first(self) -> int:
        return self.area[0] if self.area is not None else 0

    @property
    def end(self) -> int:
        """One past the last row printed (``first`` when there is no table)."""
        return self.area[2] + 1 if self.area is not None else 0

    @property
    def columns(self) -> int:
        return self.area[3] - self.area[1] + 1 if self.area is not None else 0

    def html(self, start: int, stop: int, page_break: bool = False) -> str:
        """Rows [start, stop) of the table, under the sheet's heading when ``start`` is its first row,
        with its notes when ``stop`` is its end. A merged range cut by ``start`` goes on as an empty
        cell of the same size, so the rows under it keep their columns."""
        parts = []
        if start <= self.first and self.name:
            style = ' style="page-break-before: always;"' if page_break else ""
            parts.append(f"<h3{style}>{html.escape(self.name)}</h3>")
        if self.text:
            parts.append("<p>" + html.escape(self.text) + "</p>")
        if self.model is not None and self.area is not None and start < stop:
            parts.append(self._table(self.model, self.area, start, stop))
        if stop >= self.end:
            parts.extend("<p><i>" + note + "</i></p>" for note in self.notes)
        return "".join(parts)

    def _table(self, model: SheetModel, area: Area, start: int, stop: int) -> str:
        left, right = area[1], area[3]
        spans: dict[tuple[int, int], tuple[int, int, bool]] = {}  # top-left in this slice: rows, columns, own text
        covered: set[tuple[int, int]] = set()
        for (r0, c0), (h, w) in self.spans.items():
            top, bottom = max(r0, start), min(r0 + h, stop)
            if top >= bottom:
                continue
            spans[(top, c0)] = (bottom - top, w, r0 >= start)
            covered.update((r, c) for r in range(top, bottom) for c in range(c0, c0 + w) if (r, c) != (top, c0))
        parts = ['<table border="1" cellspacing="0" cellpadding="2" '
                 'style="border-collapse: collapse; border-color: #a6a6a6;">']
        for r in range(start, stop):
            cells = []
            for c in range(left, right + 1):
                if (r, c) in covered:
                    continue
                span = spans.get((r, c))
                if span is None:
                    cells.append(_cell(model, r, c, None))
                else:  # a merged range shows its top-left cell's text; cut by the slice, it goes on blank
                    cells.append(_cell(model, r if span[2] else self._top_of(r, c), c, span[:2], blank=not span[2]))
            parts.append(f"<tr>{''.join(cells)}</tr>")
        parts.append("</table>")
        return "".join(parts)

    def _top_of(self, row: int, col: int) -> int:
        return max((r0 for (r0, c0), (h, _w) in self.spans.items() if c0 == col and r0 <= row < r0 + h), default=row)


def _sheet_part(name: str, model: SheetModel, raw: Sequence[Sequence[str]], merged: Sequence[Area]) -> SheetPart:
    """``raw``: the sheet's own ragged rows, which say where the used area is without asking the
    model for every cell of a 16,384-column <dimension>."""
    area = _used_area(raw)
    if area is None:
        return SheetPart(name, None, text=translate("Printing", "This sheet is empty."))
    top, left, bottom, right = area
    cut = right - left + 1 > MAX_PRINT_COLUMNS
    right = min(right, left + MAX_PRINT_COLUMNS - 1, model.columnCount() - 1)
    area = (top, left, bottom, right)
    part = SheetPart(name, model, area, _spans(merged, area))
    if cut:
        note = translate("Printing", "Only the first %1 columns are printed; open the file in Excel to print it all.")
        part.notes.append(html.escape(note.replace("%1", _number(MAX_PRINT_COLUMNS))))
    return part


def _note(total: int | None, max_rows: int) -> str:
    # A streamed sheet may not know its length before it is read to the end: then say "more".
    if total is not None and total > max_rows:
        note = translate("Printing", "Only the first %1 rows of %2 are printed; open the file in Excel to print it all.")
        note = note.replace("%2", _number(total))
    else:
        note = translate("Printing", "Only the first %1 rows are printed; the sheet has more. Open the file in Excel "
                         "to print it all.")
    return html.escape(note.replace("%1", _number(max_rows)))


def sheet_parts(preview: Any, cancelled: Cancelled | None = None, max_rows: int = MAX_PRINT_ROWS,
                model_for: Callable[[Any], SheetModel] = SheetModel) -> list[SheetPart]:
    """Every visible sheet, its used area cut to the first ``max_rows`` rows (with a note). Cheap:
    the cells are read and formatted only when a slice of rows is asked for as HTML."""
    parts = []
    many = len(preview.sheets) > 1
    for info in preview.sheets:
        check(cancelled)
        name = info.name if many else ""
        sheet = preview.sheet(info.index, cancelled=cancelled)
        model = model_for(sheet)  # no parent: kept by its part, gone with it
        while model.rowCount() <= max_rows and model.canFetchMore():
            check(cancelled)
            model.fetchMore()
        if getattr(sheet, "charts_only", False):  # known once read; said as the pane says it, not "empty"
            words = translate("Printing", "This sheet only has charts. Open the file in Excel to print them.")
            parts.append(SheetPart(name, None, text=words))
            continue
        part = _sheet_part(name, model, sheet.rows(0, min(model.rowCount(), max_rows)), sheet.merged)
        if model.rowCount() > max_rows:
            part.notes.append(_note(sheet.row_count, max_rows))
        if model.error is not None:
            part.notes.append(html.escape(model.error))
        parts.append(part)
    return parts


def sheet_html(preview: Any, cancelled: Cancelled | None = None, max_rows: int = MAX_PRINT_ROWS,
               model_for: Callable[[Any], SheetModel] = SheetModel) -> tuple[str, int]:
    """Every visible sheet as a heading (when there are several) and a bordered table of its used
    area (the first ``max_rows`` rows, with a note), and the widest table's number of columns:
    the whole workbook as one HTML page (printing lays it out in slices, see :func:`sheet_parts`)."""
    parts = sheet_parts(preview, cancelled, max_rows, model_for)
    body = []
    for n, part in enumerate(parts):
        for start in range(part.first, max(part.end, part.first + 1), 1000):
            check(cancelled)
            body.append(part.html(start, min(start + 1000, part.end), page_break=n > 0))
    return "<html><body>" + "".join(body) + "</body></html>", max((p.columns for p in parts), default=0)
