"""A worksheet of an .xlsx/.xlsm as a stream: parsed only as far as its rows have been asked for.

python-calamine (what we used before) loaded a whole sheet as a dense rectangle before giving the
first row: 360-980 ms for bench/preview.py's 60,000-row file, and an abort of the process for a 5 KB
file with cells in A1 and XFD1048576. Here the worksheet part is parsed with
``xml.etree.ElementTree.XMLPullParser`` fed from ``ZipFile.open(part)`` in chunks, and parsing stops
as soon as the rows asked for are out; the next rows are parsed as the person scrolls. The small
parts it needs (shared strings, number formats, the date system) come from :mod:`xlsx_book`.

* Cells go where their ``r="C3"`` reference says (cells without one take the next column, rows
  without one the next row), so a sheet whose data starts at C3 shows it in C3, and empty rows in
  between come out as empty rows.
* Rows are ragged: a row's list ends at its last cell. A stray cell in column XFD costs one
  16,384-slot list for its own row, not for every row; cells past XFD (``MAX_SHEET_COLUMNS``) are
  not Excel's and are dropped; rows past ``MAX_SHEET_ROWS`` end the sheet. What a sheet may hold in
  memory is bounded by ``MAX_SHEET_CELLS`` slots (the padding included): past it the sheet stops with
  "too big", so a hostile file with a cell at XFD in every row costs at most ~40 MB of slots, and
  its first screen (200 rows, 3.3 M slots) still shows.
* Numbers are floats (as calamine gave them). A number whose cell style has a date format becomes a
  ``datetime`` (``time`` below 1, ``timedelta`` for elapsed formats such as ``[h]:mm``), in the
  1900 or the 1904 date system as the workbook says. A ``styled`` stream also gives each cell's
  style number, so that sheet_style writes it with its number format and look.
* Merged ranges follow the last row in the part. :func:`scan_merges` finds them without parsing
  cells (one inflate, 2-3 ms per MB, which also checks the CRC: 88 ms for the 29 MB part of
  bench/preview.py's file, against 17 ms for the whole first screen, so only parts up to 8 MB get
  it when opened); the stream finds them the same way in the bytes after its last row.
* Memory is what the rows hold, not what the part holds: every element is dropped from the tree on
  its end event (a cell once its value is taken, a row once yielded, anything else at once), and
  after the last row (``</sheetData>``, or a row past ``MAX_SHEET_ROWS``) the rest of the part is not
  parsed at all: its raw bytes are read to the end for zipfile's CRC check and scanned for
  ``<mergeCell>``. A 5 MB file of 48 MB of XML around or after the rows (a giant ``<cols>``, one row
  of a million cells, junk between rows, rows past the last) costs a chunk of parser events, not a
  tree of it (it took 200-900 MB before).
* A row whose number goes backwards (Excel never writes one) is placed after the row before it, so
  nothing is lost or overwritten; the log says so, once per sheet.
"""

from __future__ import annotations

import datetime as dt
import logging
import lzma
import math
import re
import xml.etree.ElementTree as ET
import zipfile
import zlib
from collections.abc import Iterator
from typing import IO, Any

from clientvault.core.i18n import t
from clientvault.preview.base import (
    MAX_SHEET_CELLS,
    MAX_SHEET_COLUMNS,
    MAX_SHEET_ROWS,
    Cancelled,
    PreviewCancelled,
    PreviewError,
    check,
    damaged,
    too_big,
)
from clientvault.preview.xlsx_book import PROLOG_LIMIT, refuse_dtd, unescape
from clientvault.preview.xlsx_styles import ELAPSED, NumberFormats

log = logging.getLogger(__name__)

CHUNK = 64 * 1024  # bytes of XML fed to the parser at a time: about 130 rows of a 10-column sheet
MAX_MERGED = 10_000  # merged ranges kept per sheet (the view spans 500); a hostile list is cut here

Merge = tuple[int, int, int, int]  # (first_row, first_col, last_row, last_col), 0-based, inclusive

# What reading a broken member raises: "Bad CRC-32", a broken or cut deflate / bzip2 / LZMA stream.
_BROKEN = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, OSError)

_EPOCH_1900 = dt.datetime(1899, 12, 30)  # serial 61 is 1900-03-01; Excel counts a 29 Feb 1900 that never was
_EPOCH_1900_EARLY = dt.datetime(1899, 12, 31)  # serials 1-59 (1 is 1900-01-01): before that phantom day
_EPOCH_1904 = dt.datetime(1904, 1, 1)
_MAX_SERIAL = 2_958_465  # 9999-12-31
_MAX_ELAPSED = dt.timedelta.max.days  # days a timedelta holds (999,999,999); an elapsed cell past it stays a number


def serial_to_python(value: float, kind: int, date1904: bool) -> Any:
    """An Excel serial number as calamine gave it: below 1 a ``time``, an elapsed format a ``timedelta``,
    otherwise a ``datetime``; a serial no calendar or timedelta holds (NaN and infinities too) stays a
    number, shown as one (an elapsed 1e10 raised OverflowError and took the whole sheet with it)."""
    if kind == ELAPSED:
        if not math.isfinite(value) or abs(value) > _MAX_ELAPSED:
            return value
        return dt.timedelta(milliseconds=round(value * 86_400_000))
    if not 0 <= value <= _MAX_SERIAL:  # NaN too: every comparison with it is false
        return value
    if value < 1:
        ms = round(value * 86_400_000)
        if ms >= 86_400_000:
            return dt.time(0)
        return (dt.datetime.min + dt.timedelta(milliseconds=ms)).time()
    epoch = _EPOCH_1904 if date1904 else _EPOCH_1900 if value >= 60 else _EPOCH_1900_EARLY
    return epoch + dt.timedelta(milliseconds=round(value * 86_400_000))


def _digits(text: str) -> bool:
    """ASCII digits only: ``"²".isdigit()`` is true and ``int("²")`` raises."""
    return text.isascii() and text.isdigit()


def _width(text: str | None) -> float | None:
    """A column width attribute: a finite number of characters up to Excel's 255, else None."""
    try:
        width = float(text) if text is not None else None
    except ValueError:
        return None
    return width if width is not None and 0 <= width <= 255 else None


def _column(letters: str) -> int:
    """0-based column of a reference's letters (``AB`` -> 27); -1 when they are not letters at all (the
    cell then takes the next column). XFD (16,383) is Excel's last column, so more than 3 letters are
    past it: ``MAX_SHEET_COLUMNS`` (dropped), not even converted (200,000 letters took 6 s of
    big-number arithmetic, uncancellable)."""
    if not letters or not (letters.isascii() and letters.isalpha()):
        return -1
    if len(letters) > 3:
        return MAX_SHEET_COLUMNS
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n - 1


def _split_ref(ref: str) -> tuple[int, int]:
    """(row, col), 0-based, of ``C3``; (-1, -1) when it is not a cell reference."""
    i = 0
    while i < len(ref) and i <= 3 and ref[i].isascii() and ref[i].isalpha():
        i += 1
    digits = ref[i:]
    if not 0 < i <= 3 or not _digits(digits) or len(digits) > 9:
        return -1, -1
    return int(digits) - 1, _column(ref[:i])


def parse_range(ref: str) -> Merge | None:
    first, _, last = ref.partition(":")
    r0, c0 = _split_ref(first.replace("$", ""))
    r1, c1 = _split_ref(last.replace("$", "")) if last else (r0, c0)
    if min(r0, c0, r1, c1) < 0:
        return None
    return (min(r0, r1), min(c0, c1), max(r0, r1), max(c0, c1))


class WorksheetStream:
    """One worksheet part, parsed as far as its rows have been asked for.

    ``rows()`` yields each row (0-based from row 1 of the sheet, gaps as empty lists) as a list of
    values from column A; a ``styled`` stream yields ``(values, style indexes)`` pairs instead.
    ``column_widths`` and ``default_width`` (from ``<cols>`` and ``<sheetFormatPr>``) are known after
    :meth:`head`. ``dimension`` (rows, columns) is what ``<dimension>`` claims, known after
    :meth:`head`; ``merged`` fills in when the stream gets past the last row. zipfile checks the
    part's CRC when the member has been read to its end, so a damaged member raises damaged() from
    ``rows()`` at that point, possibly while the person scrolls. :meth:`close` from another thread
    (the preview closed while a worker reads) makes the reader stop with PreviewCancelled.

    The parser's tree never holds more than the open elements and the one cell being read: ``_stack``
    keeps the open elements (root first), and each element is deleted from its parent on its end
    event, once what it holds has been taken (a cell's ``<v>`` text, an inline string's runs).
    """

    def __init__(
        self,
        source: IO[bytes],
        part: str,
        strings: list[str],
        formats: NumberFormats,
        date1904: bool,
        *,
        styled: bool = False,
        max_cells: int = MAX_SHEET_CELLS,
    ) -> None:
        self.part = part
        self._source: IO[bytes] | None = source
        self._parser: ET.XMLPullParser[Any] | None = ET.XMLPullParser(("start", "end"))
        self._events: Iterator[Any] = iter(())
        self._last_chunk = b""  # the chunk the parser has: the merged ranges may start in it
        self._strings = strings
        self._kinds = formats.kinds
        self._date1904 = date1904
        self._styled = styled  # rows as (values, style indexes) for sheet_style's XlsxStyler
        self._max_cells = max_cells
        self._slots = 0
        self._started = False
        self._closed = False  # close() was called: a read that fails now is not the file's fault
        self._tag: dict[str, str] = {}
        self._stack: list[ET.Element] = []
        self._sheet_data: ET.Element | None = None
        self._columns: dict[str, int] = {}  # "AB" -> 27: a sheet uses few distinct column letters
        self.dimension: tuple[int, int] | None = None
        self.column_widths: dict[int, float] = {}  # 0-based column -> <col width> (Excel's units), known after head()
        self.default_width: float | None = None  # <sheetFormatPr defaultColWidth> (or baseColWidth + padding)
        self._width_budget = 4 * MAX_SHEET_COLUMNS  # column widths set in all, whatever <cols> repeats
        self.merged: list[Merge] = []
        self.bytes_read = 0  # of XML, for tests that check the stream stops early
        self.finished = False  # read to the end of the part (merges known, CRC checked)

    # ------------------------------------------------------------ bytes

    def _read(self, n: int) -> bytes:
        """Up to ``n`` bytes of the member; b"" at its end (zipfile has checked the CRC then)."""
        source = self._source
        if source is None:
            if self._closed:
                raise PreviewCancelled()
            return b""
        try:
            data = source.read(n)
        except Exception as exc:
            if self._closed:  # closed under us by another thread: whatever the read raised, nobody waits for it
                raise PreviewCancelled() from exc
            if isinstance(exc, _BROKEN):
                self._release()
                raise damaged() from exc
            raise
        if self._closed:
            raise PreviewCancelled()  # not an end of the part: what a read racing close() returned
        self.bytes_read += len(data)
        return data

    def _feed(self) -> bool:
        """Parse the next chunk; False when the member is exhausted (and so its CRC checked)."""
        parser = self._parser
        if parser is None:
            return False
        if not self._started:
            self._started = True
            chunk = self._read(PROLOG_LIMIT)
            while len(chunk) < PROLOG_LIMIT and (more := self._read(PROLOG_LIMIT - len(chunk))):
                chunk += more  # a file-like object may return less than asked: the prolog check needs it whole
            try:
                start = refuse_dtd(chunk, self.part)
            except PreviewError:
                self._release()
                raise
            chunk = chunk[start:]  # the parser starts at the root element: it never sees a prolog, so no DTD
        else:
            chunk = self._read(CHUNK)
        if not chunk:
            self._parser = None
            self._release()
            parser.close()  # ParseError if the document is not complete: damaged (see rows)
            return False
        self._last_chunk = chunk
        parser.feed(chunk)  # a ParseError comes out of the events (XMLPullParser queues it)
        self._events = parser.read_events()
        return True

    def _release(self) -> None:
        """Let go of the member and the tree (at the end, or on damage)."""
        source, self._source = self._source, None
        if source is not None:
            source.close()
        self._parser = None
        self._events = iter(())
        self._stack.clear()
        self._sheet_data = None

    def close(self) -> None:
        """From any thread: only the member is closed here, so a worker reading this stream meets a failed
        read (PreviewCancelled) instead of a parse state pulled from under it; the worker's own ``rows()``
        lets go of the parser when it ends."""
        self._closed = True
        source, self._source = self._source, None
        if source is not None:
            source.close()

    # ------------------------------------------------------------ elements

    def head(self, cancelled: Cancelled | None = None) -> None:
        """Parse up to the start of ``<sheetData>``, so ``dimension`` is known (it comes before).
        What comes before is dropped as it ends (a hostile ``<cols>`` of millions of entries)."""
        try:
            self._head(cancelled)
        except ET.ParseError as exc:
            self._release()
            raise damaged() from exc

    def _head(self, cancelled: Cancelled | None) -> None:
        stack = self._stack
        while True:
            for event, el in self._events:
                if event == "start":
                    if not stack:
                        ns = el.tag[: el.tag.index("}") + 1] if el.tag.startswith("{") else ""
                        names = ("sheetData", "row", "c", "v", "is", "t", "r", "dimension", "cols", "col", "sheetFormatPr")
                        self._tag = {n: ns + n for n in names}
                    stack.append(el)
                    if len(stack) == 2 and el.tag == self._tag["sheetData"]:
                        self._sheet_data = el
                        return
                    continue
                stack.pop()
                if len(stack) == 1 and el.tag == self._tag["dimension"]:
                    found = parse_range(el.get("ref", ""))
                    if found is not None:
                        self.dimension = (min(found[2] + 1, MAX_SHEET_ROWS), min(found[3] + 1, MAX_SHEET_COLUMNS))
                elif len(stack) == 2 and el.tag == self._tag["col"] and stack[-1].tag == self._tag["cols"]:
                    self._column(el)
                elif len(stack) == 1 and el.tag == self._tag["sheetFormatPr"]:
                    self.default_width = _width(el.get("defaultColWidth"))
                    base = _width(el.get("baseColWidth"))
                    if self.default_width is None and base is not None:
                        self.default_width = base + 0.71  # Excel adds the cell's padding to the base width
                if stack:
                    del stack[-1][-1]  # it has ended: nothing before the rows is needed once read
            check(cancelled)
            if not self._feed():
                return

    def _column(self, el: ET.Element) -> None:
        """One ``<col min max width>``: its width for each column it covers, up to XFD. A hidden column
        keeps its width: the preview shows every cell (a person may need what the sender hid)."""
        width = _width(el.get("width"))
        first, last = el.get("min", ""), el.get("max", "")
        if width is None or not (_digits(first) and _digits(last)) or len(first) > 5 or len(last) > 5:
            return
        widths = self.column_widths
        cols = range(max(int(first), 1) - 1, min(int(last), MAX_SHEET_COLUMNS))
        if len(cols) > self._width_budget:
            cols = cols[: self._width_budget]  # a hostile <cols> of ranges over ranges costs at most the budget
        self._width_budget -= len(cols)
        for col in cols:
            widths[col] = width

    def rows(self) -> Iterator[Any]:
        """Every row, in order, then the rest of the part is read (merged ranges; zipfile's CRC check)."""
        try:
            if self._sheet_data is None:
                self.head()
            if self._sheet_data is not None:
                yield from self._rows()
            self._drain()
        except ET.ParseError as exc:
            raise damaged() from exc
        finally:
            self._release()  # also when the reader stops early (GeneratorExit): the ZIP member is released

    def _rows(self) -> Iterator[Any]:
        tags = self._tag
        row_tag, c_tag, v_tag, is_tag, t_tag, r_tag = (tags[n] for n in ("row", "c", "v", "is", "t", "r"))
        stack = self._stack
        push, pop = stack.append, stack.pop  # the loop runs 4 times per cell: no attribute lookups in it
        columns = self._columns
        value_of = self._value
        styled = self._styled
        xfs: list[int] = []  # the style index of each cell of the row (styled streams)
        style_ids: dict[str, int] = {}  # s="12" -> 12
        next_row = 0  # 0-based number of the next row to yield
        warned = False
        row: list[Any] = []
        col = -1
        v_text: str | None = None  # of the cell being read
        inline: str | None = None
        runs: list[str] = []  # text runs of the cell's <is>
        while True:
            for event, el in self._events:
                if event == "start":
                    push(el)
                    continue
                pop()
                depth = len(stack)  # sheetData 1, row 2, c 3, <v>/<is> 4, <t>/<r> 5, <r><t> 6
                parent = stack[-1]
                tag = el.tag
                if depth == 4:
                    if parent.tag == c_tag:
                        if tag == v_tag:
                            v_text = el.text
                        elif tag == is_tag:
                            inline = unescape("".join(runs))
                    runs.clear()
                elif depth == 3:
                    if tag == c_tag and parent.tag == row_tag:
                        ref = el.get("r")
                        if ref is None:
                            col += 1  # no reference: the next column
                        else:
                            letters = ref.rstrip("0123456789")
                            found = columns.get(letters)
                            if found is None:
                                found = _column(letters)
                                if 0 <= found < MAX_SHEET_COLUMNS:
                                    columns[letters] = found  # only real columns: the cache stays small
                            col = found if found >= 0 else col + 1
                        if col < MAX_SHEET_COLUMNS:
                            value = value_of(el, v_text, inline)
                            if col == len(row):
                                row.append(value)
                            elif col > len(row):
                                row.extend([None] * (col - len(row)))
                                row.append(value)
                            else:
                                row[col] = value
                            if styled:
                                s = el.get("s")
                                xf = 0 if s is None else style_ids.get(s)
                                if xf is None:
                                    xf = int(s) if _digits(s) and len(s) <= 9 else 0
                                    if len(style_ids) < 4096:  # a sheet uses few styles: their numbers once
                                        style_ids[s] = xf
                                if col >= len(xfs):
                                    xfs.extend([0] * (col - len(xfs)))
                                    xfs.append(xf)
                                else:
                                    xfs[col] = xf
                    v_text = inline = None
                    runs.clear()
                elif depth == 2:
                    if tag == row_tag:
                        number = next_row
                        r = el.get("r")
                        if r is not None and _digits(r):
                            number = int(r) - 1 if len(r) <= 9 else MAX_SHEET_ROWS
                            if number < next_row:
                                if not warned:
                                    log.warning("%s: row %s comes after row %d; shown after it", self.part, r, next_row)
                                    warned = True
                                number = next_row  # never over a row already shown, nor lost
                        if number >= MAX_SHEET_ROWS:
                            return
                        del parent[-1]
                        while next_row < number:
                            yield ([], []) if styled else []
                            next_row += 1
                        self._count(row, number)
                        yield (row, xfs) if styled else row
                        next_row += 1
                        row = []
                        xfs = []
                        col = -1
                        continue
                    row = []  # anything else among the rows is dropped, with any cells it held
                    xfs = []
                    col = -1
                elif depth == 5:
                    if tag == t_tag and parent.tag == is_tag:
                        runs.append(el.text or "")
                elif depth == 6:
                    if tag == t_tag and parent.tag == r_tag and stack[-2].tag == is_tag:
                        runs.append(el.text or "")  # a rich run's text; phonetic guides (<rPh>) are not the value
                elif depth == 1:
                    return  # </sheetData> (its children are gone already)
                del parent[-1]  # it has ended and what it held is taken
            if not self._feed():
                return

    def _count(self, row: list[Any], number: int) -> None:
        self._slots += len(row)
        if self._slots > self._max_cells:
            self._release()
            raise too_big(
                t(
                    f"la hoja pasa de {self._max_cells:,} celdas en la fila {number + 1:,}",
                    f"the sheet goes past {self._max_cells:,} cells at row {number + 1:,}",
                )
            )

    def _value(self, c: ET.Element, text: str | None, inline: str | None) -> Any:
        """A ``<c>``'s value as Python: str, float, bool, datetime/time/timedelta, or None. ``text`` is its
        ``<v>``'s text, ``inline`` its ``<is>``'s."""
        typ = c.get("t", "n")
        value: Any = None
        if typ == "inlineStr":
            value = inline
        elif text is None:
            value = None  # empty, or a formula without a cached result
        elif typ == "n":
            try:
                value = float(text)
            except ValueError:
                value = text
            else:
                s = c.get("s")
                if s is not None and _digits(s) and len(s) <= 9:
                    kind = self._kinds[int(s)] if int(s) < len(self._kinds) else 0
                    if kind:
                        value = serial_to_python(value, kind, self._date1904)
        elif typ == "s":
            try:
                value = self._strings[int(text)]
            except (ValueError, IndexError):
                value = ""
        elif typ == "b":
            value = text.strip().lower() in ("1", "true")  # Excel writes 1/0; other writers TRUE/true
        elif typ == "d":
            try:
                value = dt.datetime.fromisoformat(text.strip())
            except ValueError:
                value = text
        else:  # "str" (a formula's text result), "e" (#DIV/0!, #N/A...)
            value = unescape(text)
        return value

    # ------------------------------------------------------------ after the last row

    def _drain(self) -> None:
        """After the last row: the rest of the part is read as raw bytes, never parsed (whatever a file
        puts there costs no tree and no parser time): to its end, so that zipfile checks the CRC, and
        scanned for the merged ranges as :func:`scan_merges` does."""
        if self._source is None and not self._closed and self._parser is None:
            self.finished = True  # the parser already met the end of the part (a sheet without <sheetData>)
            return
        scanner = _MergeScanner()
        scanner.feed(self._last_chunk)  # the parser's last chunk holds </sheetData>: the merges may follow it
        self._parser = None
        self._events = iter(())
        self._stack.clear()
        self._sheet_data = None
        self._last_chunk = b""
        while chunk := self._read(CHUNK):
            scanner.feed(chunk)
        self._release()
        self.merged.extend(scanner.merged)  # in place: the Sheet holds this list (see sheet.py's load)
        self.finished = True


def open_member(zf: zipfile.ZipFile, part: str) -> IO[bytes]:
    try:
        return zf.open(part)
    except (KeyError, zipfile.BadZipFile, NotImplementedError, OSError, ValueError) as exc:
        raise damaged() from exc


def scan_merges(zf: zipfile.ZipFile, part: str) -> list[Merge]:
    """Merged ranges of a worksheet without parsing its cells: the member is inflated whole (zipfile
    checks its CRC on the way, 2-3 ms per MB) and only the ``<mergeCell ref=...>`` tags after the first
    mention of ``mergeCells`` are read. For parts small enough to hold in memory once (the caller says)."""
    with open_member(zf, part) as fh:
        try:
            data = fh.read()
        except (*_BROKEN, ValueError) as exc:
            raise damaged() from exc
    refuse_dtd(data, part)
    at = data.find(b"mergeCells")
    if at < 0:
        return []
    scanner = _MergeScanner()
    scanner.feed(data[data.rfind(b"<", 0, at) + 1 :])
    return scanner.merged


# An attribute value holds no "<" and a tag no "<" or ">": each try stops at the next one, so a hostile
# run of "<mergeCell" without an end costs linear time, not a rescan to the end of the data per try.
_MERGE_REF = re.compile(rb"<(?:[\w.-]+:)?mergeCell\b[^<>]*?\bref\s*=\s*[\"']([^\"'<>]*)[\"']")
_MAX_CARRY = 4096  # bytes of an unfinished tag carried to the next chunk; no real <mergeCell> is longer


class _MergeScanner:
    """``<mergeCell ref=...>`` tags in bytes that come in chunks (a tag may be cut between two)."""

    def __init__(self) -> None:
        self.merged: list[Merge] = []
        self._carry = b""

    def feed(self, chunk: bytes) -> None:
        if len(self.merged) >= MAX_MERGED:
            return
        data = self._carry + chunk if self._carry else chunk
        end = 0
        for match in _MERGE_REF.finditer(data):
            end = match.end()
            found = parse_range(match.group(1).decode("ascii", "replace"))
            if found is not None:
                self.merged.append(found)
                if len(self.merged) >= MAX_MERGED:
                    return
        cut = data.rfind(b"<", end)
        self._carry = data[cut:] if cut >= 0 and len(data) - cut <= _MAX_CARRY else b""
