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
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from clientvault.preview.base import Cancelled, check
from clientvault.ui.preview.sheet_view import MAX_SPANS, SheetModel

MAX_PRINT_ROWS = 2_000  # laid out on the GUI thread: 10,000 CSV rows took 49 s, 2,000 take about 8 s
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


def _cell(model: SheetModel, row: int, col: int, span: tuple[int, int] | None) -> str:
    index = model.index(row, col)
    text = model.data(index, Role.DisplayRole)
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


def _sheet_table(model: SheetModel, raw: Sequence[Sequence[str]], merged: Sequence[tuple[int, int, int, int]],
                 cancelled: Cancelled | None) -> tuple[str, int]:
    """``raw``: the sheet's own ragged rows, which say where the used area is without asking the
    model for every cell of a 16,384-column <dimension>."""
    area = _used_area(raw)
    if area is None:
        return "<p>" + html.escape(translate("Printing", "This sheet is empty.")) + "</p>", 0
    top, left, bottom, right = area
    cut = right - left + 1 > MAX_PRINT_COLUMNS
    right = min(right, left + MAX_PRINT_COLUMNS - 1, model.columnCount() - 1)
    area = (top, left, bottom, right)
    spans = _spans(merged, area)
    covered: set[tuple[int, int]] = set()
    for (r0, c0), (h, w) in spans.items():
        covered.update((r, c) for r in range(r0, r0 + h) for c in range(c0, c0 + w) if (r, c) != (r0, c0))
    parts = ['<table border="1" cellspacing="0" cellpadding="2" style="border-collapse: collapse; border-color: #a6a6a6;">']
    for r in range(top, bottom + 1):
        if r % 1000 == 0:
            check(cancelled)
        cells = "".join(_cell(model, r, c, spans.get((r, c))) for c in range(left, right + 1) if (r, c) not in covered)
        parts.append(f"<tr>{cells}</tr>")
    parts.append("</table>")
    if cut:
        note = translate("Printing", "Only the first %1 columns are printed; open the file in Excel to print it all.")
        parts.append("<p><i>" + html.escape(note.replace("%1", _number(MAX_PRINT_COLUMNS))) + "</i></p>")
    return "".join(parts), right - left + 1


def _note(total: int | None, max_rows: int) -> str:
    # A streamed sheet may not know its length before it is read to the end: then say "more".
    if total is not None and total > max_rows:
        note = translate("Printing", "Only the first %1 rows of %2 are printed; open the file in Excel to print it all.")
        note = note.replace("%2", _number(total))
    else:
        note = translate("Printing", "Only the first %1 rows are printed; the sheet has more. Open the file in Excel "
                         "to print it all.")
    return "<p><i>" + html.escape(note.replace("%1", _number(max_rows))) + "</i></p>"


def sheet_html(preview: Any, cancelled: Cancelled | None = None, max_rows: int = MAX_PRINT_ROWS,
               model_for: Callable[[Any], SheetModel] = SheetModel) -> tuple[str, int]:
    """Every visible sheet as a heading (when there are several) and a bordered table of its used
    area (the first ``max_rows`` rows, with a note), and the widest table's number of columns."""
    parts = ["<html><body>"]
    widest = 0
    many = len(preview.sheets) > 1
    for n, info in enumerate(preview.sheets):
        check(cancelled)
        sheet = preview.sheet(info.index, cancelled=cancelled)
        model = model_for(sheet)  # no parent: gone with this loop's reference
        while model.rowCount() <= max_rows and model.canFetchMore():
            check(cancelled)
            model.fetchMore()
        if many:
            style = ' style="page-break-before: always;"' if n else ""
            parts.append(f"<h3{style}>{html.escape(info.name)}</h3>")
        if getattr(sheet, "charts_only", False):  # as the pane says it, not "empty"
            words = translate("Printing", "This sheet only has charts. Open the file in Excel to print them.")
            parts.append("<p>" + html.escape(words) + "</p>")
            continue
        raw = sheet.rows(0, min(model.rowCount(), max_rows))
        table, columns = _sheet_table(model, raw, sheet.merged, cancelled)
        widest = max(widest, columns)
        parts.append(table)
        if model.rowCount() > max_rows:
            parts.append(_note(sheet.row_count, max_rows))
        if model.error is not None:
            parts.append("<p><i>" + html.escape(model.error) + "</i></p>")
    parts.append("</body></html>")
    return "".join(parts), widest
