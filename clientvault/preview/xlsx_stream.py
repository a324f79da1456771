"""Reading .xlsx/.xlsm ourselves: the workbook's small parts in full, each worksheet as a stream.

An .xlsx is a ZIP of XML parts. python-calamine (what we used before) loads a whole sheet as a dense
rectangle before giving the first row: 580-980 ms for bench/preview.py's 60,000-row file, and an
abort of the process for a 5 KB file with cells in A1 and XFD1048576. Here the worksheet part is
parsed with ``xml.etree.ElementTree.XMLPullParser`` fed from ``ZipFile.open(part)`` in chunks, and
parsing stops as soon as the rows asked for are out; the next rows are parsed as the person scrolls.
The shared strings, styles and workbook parts are small next to the sheets and are read whole.

Choices (each measured or checked on the corpus):

* Names are matched on local names, so Transitional and Strict OOXML
  (``http://purl.oclc.org/ooxml/spreadsheetml/main``, SampleSS.strict.xlsx) read the same.
* Every XML part we parse is refused if its prolog holds a ``<!DOCTYPE`` (and so any ``<!ENTITY``)
  before the root element: Excel never writes one, and expat would expand internal entities
  (poc-xmlbomb.xlsx is refused before a byte of it is parsed). Without a DTD an entity reference
  other than the five predefined ones is a parse error, never an expansion.
* Cells go where their ``r="C3"`` reference says (cells without one take the next column, rows
  without one the next row), so a sheet whose data starts at C3 shows it in C3, and empty rows in
  between come out as empty rows.
* Rows are ragged: a row's list ends at its last cell. A stray cell in column XFD costs one
  16,384-slot list for its own row, not for every row; cells past XFD (``MAX_SHEET_COLUMNS``) are
  not Excel's and are dropped; rows past ``MAX_SHEET_ROWS`` end the sheet. What a sheet may hold in
  memory is bounded by ``MAX_SHEET_CELLS`` slots (the padding included): past it the sheet stops with
  "too big", so a hostile file with a cell at XFD in every row costs at most ~40 MB of slots.
* Numbers are floats (as calamine gave them; ``format_cell`` writes 42.0 as 42). A number whose
  cell style has a date format becomes a ``datetime`` (``time`` below 1, ``timedelta`` for elapsed
  formats such as ``[h]:mm``), in the 1900 or the 1904 date system as the workbook says.
* Number formats are not applied yet; :class:`NumberFormats` keeps each style's format so that a
  later change can, and :class:`WorksheetStream` can hand out each cell's style index.
"""

from __future__ import annotations

import datetime as dt
import logging
import posixpath
import re
import xml.etree.ElementTree as ET
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from clientvault.core.i18n import t
from clientvault.preview.base import (
    MAX_SHEET_CELLS,
    MAX_SHEET_COLUMNS,
    MAX_SHEET_ROWS,
    Cancelled,
    PreviewError,
    check,
    damaged,
    too_big,
)

log = logging.getLogger(__name__)

CHUNK = 64 * 1024  # bytes of XML fed to the parser at a time: about 130 rows of a 10-column sheet
MAX_MERGED = 10_000  # merged ranges kept per sheet (the view spans 500); a hostile list is cut here
PROLOG_LIMIT = 64 * 1024  # an XML part whose root element does not start within this is refused

Merge = tuple[int, int, int, int]  # (first_row, first_col, last_row, last_col), 0-based, inclusive


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


# ---------------------------------------------------------------- XML safety


def refuse_dtd(head: bytes, part: str) -> None:
    """Raise damaged() unless the root element starts before any ``<!...>`` declaration in ``head``.

    Only comments and processing instructions may come first. UTF-16/32 parts are checked with their
    NUL bytes removed, which turns their ASCII markup into plain ASCII; what is not markup does not
    matter here.
    """
    text = head[:PROLOG_LIMIT]
    if b"\x00" in text[:4]:
        text = text.replace(b"\x00", b"")
    i = 0
    while (j := text.find(b"<", i)) >= 0:
        if text.startswith(b"<?", j):
            k = text.find(b"?>", j + 2)
            i = k + 2
        elif text.startswith(b"<!--", j):
            k = text.find(b"-->", j + 4)
            i = k + 3
        elif text.startswith(b"<!", j):
            log.warning("%s declares a DTD: refused", part)  # the person reads "damaged"; the log says why
            raise damaged()
        else:
            return  # the root element: nothing before it could declare an entity
        if k < 0:
            break
    log.warning("%s: no root element in its first %d bytes", part, PROLOG_LIMIT)
    raise damaged()


def parse_small_part(data: bytes, part: str) -> ET.Element:
    """A whole small part (workbook, relationships, styles) as a tree; damaged() if it is not XML."""
    refuse_dtd(data, part)
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        raise damaged() from exc


_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _unescape(text: str) -> str:
    """OOXML writes control characters as ``_x000D_``; Excel shows the character."""
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


def _rich_text(el: ET.Element, t_tag: str, r_tag: str) -> str:
    """The text of an ``<si>`` or ``<is>``: its ``<t>``, or its runs' ``<t>`` joined; phonetic
    guides (``<rPh>``) are not part of the value."""
    parts: list[str] = []
    for child in el:
        if child.tag == t_tag:
            parts.append(child.text or "")
        elif child.tag == r_tag:
            for sub in child:
                if sub.tag == t_tag:
                    parts.append(sub.text or "")
    return _unescape("".join(parts))


# ---------------------------------------------------------------- workbook


@dataclass(frozen=True)
class SheetEntry:
    name: str
    part: str | None  # the ZIP member of a worksheet; None when the relationship is missing
    kind: str  # "worksheet", "chartsheet", "dialogsheet", "macrosheet"
    state: str  # "visible", "hidden", "veryHidden"


@dataclass
class Book:
    sheets: list[SheetEntry]
    date1904: bool
    shared_strings: str | None  # part names, or None when the workbook has none
    styles: str | None


_REL_KINDS = {
    "worksheet": "worksheet",
    "chartsheet": "chartsheet",
    "dialogsheet": "dialogsheet",
    "xlMacrosheet": "macrosheet",
    "xlIntlMacrosheet": "macrosheet",
}


class PartNames:
    """ZIP member names looked up case-insensitively (Excel's package names are), with relative targets."""

    def __init__(self, zf: zipfile.ZipFile) -> None:
        self._names = {n.lower(): n for n in zf.namelist()}

    def get(self, name: str) -> str | None:
        return self._names.get(name.lower())

    def resolve(self, source_dir: str, target: str) -> str | None:
        path = target[1:] if target.startswith("/") else posixpath.normpath(posixpath.join(source_dir, target))
        return self.get(path)


def _relationships(root: ET.Element) -> list[tuple[str, str, str, str]]:
    """(Id, type's last segment, Target, TargetMode) of each relationship."""
    out = []
    for rel in root:
        if _local(rel.tag) == "Relationship":
            a = rel.attrib
            out.append((a.get("Id", ""), a.get("Type", "").rpartition("/")[2], a.get("Target", ""), a.get("TargetMode", "")))
    return out


def read_book(zf: zipfile.ZipFile, read: Callable[[str], bytes]) -> Book | None:
    """The sheets of the workbook in order, with their parts and kinds; None when there is no workbook
    part at all (a ZIP that is not a spreadsheet)."""
    names = PartNames(zf)
    book_part = None
    root_rels = names.get("_rels/.rels")
    if root_rels is not None:
        for _id, kind, target, mode in _relationships(parse_small_part(read(root_rels), root_rels)):
            if kind == "officeDocument" and mode != "External":
                book_part = names.resolve("", target)
                break
    book_part = book_part or names.get("xl/workbook.xml")
    if book_part is None:
        return None
    folder, base = posixpath.split(book_part)
    rels: dict[str, tuple[str, str | None]] = {}
    shared = styles = None
    rels_part = names.get(posixpath.join(folder, "_rels", base + ".rels"))
    if rels_part is not None:
        for rid, kind, target, mode in _relationships(parse_small_part(read(rels_part), rels_part)):
            part = None if mode == "External" else names.resolve(folder, target)
            rels[rid] = (kind, part)
            if kind == "sharedStrings" and part:
                shared = part
            elif kind == "styles" and part:
                styles = part
    root = parse_small_part(read(book_part), book_part)
    date1904 = False
    sheets: list[SheetEntry] = []
    for el in root:
        tag = _local(el.tag)
        if tag == "workbookPr":
            date1904 = el.get("date1904", "").lower() in ("1", "true")
        elif tag == "sheets":
            for sh in el:
                if _local(sh.tag) != "sheet":
                    continue
                rid = next((v for k, v in sh.attrib.items() if _local(k) == "id" and k.startswith("{")), "")
                rel_kind, part = rels.get(rid, ("", None))
                kind = _REL_KINDS.get(rel_kind) or ("worksheet" if part and "/worksheets/" in part.lower() else "other")
                state = sh.get("state", "visible")
                sheets.append(SheetEntry(sh.get("name", ""), part, kind, state))
    return Book(sheets, date1904, shared or names.get("xl/sharedStrings.xml"), styles or names.get("xl/styles.xml"))


def read_shared_strings(data: bytes, part: str, cancelled: Cancelled | None = None) -> list[str]:
    """Every shared string, in order: streamed, each ``<si>`` dropped once read, so a big table costs
    its strings and not a tree of them."""
    refuse_dtd(data, part)
    parser: ET.XMLPullParser[Any] = ET.XMLPullParser(("start", "end"))
    out: list[str] = []
    root: ET.Element | None = None
    tags: tuple[str, str, str] | None = None
    try:
        for pos in range(0, len(data), 1024 * 1024):
            check(cancelled)
            parser.feed(data[pos : pos + 1024 * 1024])
            events: Iterator[Any] = parser.read_events()
            for event, el in events:
                if root is None:
                    root = el
                    ns = el.tag[: el.tag.index("}") + 1] if el.tag.startswith("{") else ""
                    tags = (ns + "si", ns + "t", ns + "r")
                    continue
                if event == "end" and tags is not None and el.tag == tags[0]:
                    out.append(_rich_text(el, tags[1], tags[2]))
                    root.clear()
        parser.close()
    except ET.ParseError as exc:
        raise damaged() from exc
    return out


# ---------------------------------------------------------------- styles

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
    """What styles.xml says about numbers: each cell style's (``s=``) format id and the workbook's own
    format codes. Only ``kinds`` is used today (dates); the rest is kept for showing formats later."""

    xf_format: list[int] = field(default_factory=list)  # cellXfs index -> numFmtId
    codes: dict[int, str] = field(default_factory=dict)  # numFmtId -> custom format code
    kinds: list[int] = field(default_factory=list)  # cellXfs index -> PLAIN / DATE / ELAPSED

    def kind(self, xf: int) -> int:
        return self.kinds[xf] if 0 <= xf < len(self.kinds) else PLAIN


def read_number_formats(data: bytes | None, part: str) -> NumberFormats:
    formats = NumberFormats()
    if data is None:
        return formats
    root = parse_small_part(data, part)
    for el in root:
        tag = _local(el.tag)
        if tag == "numFmts":
            for nf in el:
                try:
                    formats.codes[int(nf.get("numFmtId", ""))] = nf.get("formatCode", "")
                except ValueError:
                    continue
        elif tag == "cellXfs":
            for xf in el:
                try:
                    formats.xf_format.append(int(xf.get("numFmtId", "0")))
                except ValueError:
                    formats.xf_format.append(0)
    for fid in formats.xf_format:
        code = formats.codes.get(fid)
        if code is not None:
            formats.kinds.append(date_kind(code))
        else:
            formats.kinds.append(DATE if fid in _BUILTIN_DATES else ELAPSED if fid in _BUILTIN_ELAPSED else PLAIN)
    return formats


# ---------------------------------------------------------------- worksheets

_EPOCH_1900 = dt.datetime(1899, 12, 30)  # serial 61 is 1900-03-01; Excel counts a 29 Feb 1900 that never was
_EPOCH_1900_EARLY = dt.datetime(1899, 12, 31)  # serials 1-59 (1 is 1900-01-01): before that phantom day
_EPOCH_1904 = dt.datetime(1904, 1, 1)
_MAX_SERIAL = 2_958_465  # 9999-12-31


def serial_to_python(value: float, kind: int, date1904: bool) -> Any:
    """An Excel serial number as calamine gave it: below 1 a ``time``, an elapsed format a ``timedelta``,
    otherwise a ``datetime``; a serial no calendar holds stays a number."""
    if kind == ELAPSED:
        return dt.timedelta(milliseconds=round(value * 86_400_000))
    if not 0 <= value <= _MAX_SERIAL:
        return value
    if value < 1:
        ms = round(value * 86_400_000)
        if ms >= 86_400_000:
            return dt.time(0)
        return (dt.datetime.min + dt.timedelta(milliseconds=ms)).time()
    epoch = _EPOCH_1904 if date1904 else _EPOCH_1900 if value >= 60 else _EPOCH_1900_EARLY
    return epoch + dt.timedelta(milliseconds=round(value * 86_400_000))


def _column(ref: str) -> int:
    """0-based column of a reference like ``C3`` (``AB12`` -> 27); -1 when there are no letters."""
    n = 0
    for ch in ref:
        o = ord(ch)
        if 65 <= o <= 90:
            n = n * 26 + o - 64
        elif 97 <= o <= 122:
            n = n * 26 + o - 96
        else:
            break
    return n - 1


def _split_ref(ref: str) -> tuple[int, int]:
    """(row, col), 0-based, of ``C3``; (-1, -1) when it is not a cell reference."""
    i = 0
    while i < len(ref) and ref[i].isascii() and ref[i].isalpha():
        i += 1
    digits = ref[i:]
    if not 0 < i <= 3 or not digits.isdigit() or len(digits) > 9:
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
    values from column A. ``dimension`` (rows, columns) is what ``<dimension>`` claims, known after
    :meth:`head`; ``merged`` fills in when the parser reaches ``<mergeCells>``, after the last row.
    zipfile checks the part's CRC when the member has been read to its end, so a damaged member
    raises damaged() from ``rows()`` at that point, possibly while the person scrolls.
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
        # start events only to hold <sheetData>, so parsed rows can be dropped from it (see _row)
        self._parser: ET.XMLPullParser[Any] = ET.XMLPullParser(("start", "end"))
        self._events: Iterator[Any] = iter(())
        self._strings = strings
        self._kinds = formats.kinds
        self._date1904 = date1904
        self._styled = styled  # values as (value, style index) pairs, for showing number formats later
        self._max_cells = max_cells
        self._slots = 0
        self._started = False
        self._tag: dict[str, str] = {}
        self._sheet_data: ET.Element | None = None
        self._columns: dict[str, int] = {}  # "AB" -> 27: a sheet uses few distinct column letters
        self.dimension: tuple[int, int] | None = None
        self.merged: list[Merge] = []
        self.bytes_read = 0  # of XML, for tests that check the stream stops early
        self.finished = False  # read to the end of the part (merges known, CRC checked)

    def _feed(self) -> bool:
        """Parse the next chunk; False when the member is exhausted (and so its CRC checked)."""
        if self._source is None:
            return False
        try:
            chunk = self._source.read(CHUNK)
            if not self._started:
                self._started = True
                refuse_dtd(chunk, self.part)
            if not chunk:
                self._parser.close()
                self.close()
                return False
            self.bytes_read += len(chunk)
            self._parser.feed(chunk)
        except PreviewError:
            self.close()
            raise
        except (ET.ParseError, zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
            # BadZipFile: "Bad CRC-32"; zlib.error / EOFError: a broken or cut deflate stream
            self.close()
            raise damaged() from exc
        self._events = self._parser.read_events()
        return True

    def close(self) -> None:
        if self._source is not None:
            self._source.close()
            self._source = None
        self._sheet_data = None

    def head(self, cancelled: Cancelled | None = None) -> None:
        """Parse up to the start of ``<sheetData>``, so ``dimension`` is known (it comes before)."""
        while True:
            for event, el in self._events:
                if not self._tag:
                    ns = el.tag[: el.tag.index("}") + 1] if el.tag.startswith("{") else ""
                    self._tag = {n: ns + n for n in ("sheetData", "row", "c", "v", "is", "t", "r", "dimension", "mergeCell")}
                elif event == "start" and el.tag == self._tag["sheetData"]:
                    self._sheet_data = el
                    return
                elif event == "end" and el.tag == self._tag["dimension"]:
                    found = parse_range(el.get("ref", ""))
                    if found is not None:
                        self.dimension = (min(found[2] + 1, MAX_SHEET_ROWS), min(found[3] + 1, MAX_SHEET_COLUMNS))
            check(cancelled)
            if not self._feed():
                return

    def rows(self) -> Iterator[list[Any]]:
        """Every row, in order, then the rest of the part is read (merged ranges; zipfile's CRC check)."""
        try:
            if not self._tag or self._sheet_data is None:
                self.head()
            if self._tag:
                yield from self._rows()
                self._read_tail()
        finally:
            self.close()  # also when the reader stops early (GeneratorExit): the ZIP member is released

    def _rows(self) -> Iterator[list[Any]]:
        row_tag, end_tag = self._tag["row"], self._tag["sheetData"]
        next_row = 0  # 0-based number of the next row to yield
        while True:
            for event, el in self._events:
                if event == "start":
                    continue
                tag = el.tag
                if tag == row_tag:
                    number = next_row
                    r = el.get("r")
                    if r is not None and r.isdigit():
                        number = max(int(r) - 1, next_row)  # rows out of order or repeated go next
                    if number >= MAX_SHEET_ROWS:
                        return
                    while next_row < number:
                        yield []
                        next_row += 1
                    yield self._row(el, number)
                    next_row += 1
                elif tag == end_tag:
                    return
            if not self._feed():
                return

    def _row(self, el: ET.Element, number: int) -> list[Any]:
        row: list[Any] = []
        c_tag = self._tag["c"]
        columns = self._columns
        col = -1
        for c in el:
            if c.tag != c_tag:
                continue
            ref = c.get("r")
            if ref is None:
                col += 1  # no reference: the next column
            else:
                letters = ref.rstrip("0123456789")
                found = columns.get(letters)
                if found is None:
                    found = columns[letters] = _column(letters)
                col = found if found >= 0 else col + 1
            if col >= MAX_SHEET_COLUMNS:
                continue
            value = self._value(c)
            if col == len(row):
                row.append(value)
            elif col > len(row):
                row.extend([None] * (col - len(row)))
                row.append(value)
            else:
                row[col] = value
        el.clear()
        if self._sheet_data is not None:
            self._sheet_data.clear()  # else every parsed row stays behind as an empty child element
        self._slots += len(row)
        if self._slots > self._max_cells:
            self.close()
            raise too_big(
                t(
                    f"la hoja pasa de {self._max_cells:,} celdas en la fila {number + 1:,}",
                    f"the sheet goes past {self._max_cells:,} cells at row {number + 1:,}",
                )
            )
        return row

    def _value(self, c: ET.Element) -> Any:
        """A ``<c>``'s value as Python: str, float, bool, datetime/time/timedelta, or None."""
        typ = c.get("t", "n")
        value: Any = None
        if typ == "inlineStr":
            for sub in c:
                if sub.tag == self._tag["is"]:
                    value = _rich_text(sub, self._tag["t"], self._tag["r"])
        else:
            text = None
            for sub in c:
                if sub.tag == self._tag["v"]:
                    text = sub.text
            if text is None:
                value = None  # empty, or a formula without a cached result
            elif typ == "n":
                try:
                    value = float(text)
                except ValueError:
                    value = text
                else:
                    s = c.get("s")
                    if s is not None and s.isdigit() and int(s) < len(self._kinds) and self._kinds[int(s)]:
                        value = serial_to_python(value, self._kinds[int(s)], self._date1904)
            elif typ == "s":
                try:
                    value = self._strings[int(text)]
                except (ValueError, IndexError):
                    value = ""
            elif typ == "b":
                value = text.strip() in ("1", "true")
            elif typ == "d":
                try:
                    value = dt.datetime.fromisoformat(text.strip())
                except ValueError:
                    value = text
            else:  # "str" (a formula's text result), "e" (#DIV/0!, #N/A...)
                value = _unescape(text)
        if self._styled:
            s = c.get("s", "0")
            return (value, int(s) if s.isdigit() else 0)
        return value

    def _read_tail(self) -> None:
        """After the last row: collect the merged ranges and read to the end of the member (CRC)."""
        merge_tag = self._tag["mergeCell"]
        self._sheet_data = None
        while True:
            for event, el in self._events:
                if event == "end" and el.tag == merge_tag:
                    found = parse_range(el.get("ref", ""))
                    if found is not None and len(self.merged) < MAX_MERGED:
                        self.merged.append(found)
            if not self._feed():
                break
        self.finished = True


def open_member(zf: zipfile.ZipFile, part: str) -> IO[bytes]:
    try:
        return zf.open(part)
    except (KeyError, zipfile.BadZipFile, NotImplementedError, OSError, ValueError) as exc:
        raise damaged() from exc


def scan_merges(zf: zipfile.ZipFile, part: str) -> list[Merge]:
    """Merged ranges of a worksheet without parsing its cells: the member is inflated whole (zipfile
    checks its CRC on the way, ~2 ms per MB) and only the ``<mergeCell ref=...>`` tags after the first
    mention of ``mergeCells`` are read. For parts small enough to hold in memory once (the caller says)."""
    with open_member(zf, part) as fh:
        try:
            data = fh.read()
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
            raise damaged() from exc
    refuse_dtd(data, part)
    at = data.find(b"mergeCells")
    return [] if at < 0 else _merges_from_tail(data[data.rfind(b"<", 0, at) + 1 :])


_MERGE_REF = re.compile(rb"<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref\s*=\s*[\"']([^\"']*)[\"']")


def _merges_from_tail(tail: bytes) -> list[Merge]:
    out = []
    for match in _MERGE_REF.finditer(tail):
        found = parse_range(match.group(1).decode("ascii", "replace"))
        if found is not None:
            out.append(found)
            if len(out) >= MAX_MERGED:
                break
    return out

