"""Spreadsheets: sheet tabs and rows fetched lazily, cells written as a person reads them.

Readers, measured on this machine (FACTS.md) and checked on the corpus:

* .xlsx/.xlsm: python-calamine (Rust). First 200 rows of a 4.6 MB sheet in 0.38 s against 1.06 s
  for openpyxl ``read_only`` and 6.6 s for a full openpyxl load. It also reads Strict OOXML
  (SampleSS.strict.xlsx, where openpyxl sees no sheets), reports hidden/very hidden sheets and
  chartsheets, merged ranges, dates as ``datetime`` and password-encrypted files as
  ``PasswordError``; it does not expand XML entities (poc-xmlbomb.xlsx fails fast).
  Its weak spot: a sheet is loaded as a *dense* rectangle from the first to the last used cell, so
  a 5 KB file with cells in A1 and XFD1048576 makes it ask for 512 GB and abort the process (Rust
  aborts on allocation failure; no exception to catch). So before calamine sees a worksheet we
  scan its XML for the extreme cell references and refuse sheets whose rectangle exceeds
  MAX_SHEET_CELLS. The ZIP itself is checked first (declared sizes, compression ratio, CRCs).
* .xls: xlrd with ``on_demand`` and ``ragged_rows``. calamine is faster (17 ms against 200 ms for
  3.6 MB) but has the same dense-rectangle problem and its own OOM history on OOM_alloc.xls; xlrd's
  ragged rows cost memory only for cells that exist, and 200 ms in a worker thread is invisible.
  xlrd also tells dates from numbers by the cell's format.

Number formats (currency, percent) are not applied: calamine does not expose them. Numbers are
written plainly: integers without ".0", other numbers to ten significant digits.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clientvault.core.i18n import language, t
from clientvault.preview.base import (
    MAX_SHEET_CELLS,
    MAX_UNZIPPED,
    MAX_ZIP_RATIO,
    Cancelled,
    Closable,
    PreviewError,
    check,
    damaged,
    password_required,
    refuse_if_encrypted_office,
    too_big,
    unsupported,
)

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_REF = re.compile(rb'\sr="([A-Z]{0,3})(\d{1,9})"')


# ---------------------------------------------------------------- cell text


def format_number(value: float) -> str:
    if value != value or value in (float("inf"), float("-inf")):
        return str(value)
    if float(value).is_integer() and abs(value) < 1e16:
        return str(int(value))
    text = f"{value:.10g}"
    if "e" in text and 1e-6 <= abs(value) < 1e16:
        text = f"{value:.10f}".rstrip("0").rstrip(".")
    return text


def format_date(value: dt.date) -> str:
    return value.strftime("%d/%m/%Y") if language() == "es" else value.isoformat()


def format_cell(value: Any) -> str:
    """A cell as the person expects to read it: 42 not 42.0, 31/12/2024 not 45657."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return t("VERDADERO", "TRUE") if value else t("FALSO", "FALSE")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return format_number(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return format_date(value.date())
        fmt = "%H:%M:%S" if value.second else "%H:%M"
        return f"{format_date(value.date())} {value.strftime(fmt)}"
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, dt.time):
        return value.strftime("%H:%M:%S" if value.second else "%H:%M")
    if isinstance(value, dt.timedelta):
        total = int(value.total_seconds())
        sign = "-" if total < 0 else ""
        total = abs(total)
        return f"{sign}{total // 3600}:{total % 3600 // 60:02d}:{total % 60:02d}"
    return str(value)


# ---------------------------------------------------------------- sheets


@dataclass(frozen=True)
class SheetInfo:
    index: int  # position among the workbook's sheets (what ``SheetPreview.sheet`` takes)
    name: str
    hidden: bool = False  # hidden or very hidden in Excel; listed only when nothing else is visible


class Sheet:
    """One grid of text cells. Rows come from an iterator and are kept once read, so going back is free;
    the model's ``fetchMore`` asks for the next block with :meth:`rows`."""

    def __init__(
        self,
        name: str,
        rows: Iterator[Sequence[Any]],
        row_count: int | None,
        column_count: int | None,
        merged: list[tuple[int, int, int, int]] | None = None,
        *,
        row_offset: int = 0,
        col_offset: int = 0,
        formatter: Callable[[Any], str] = format_cell,
    ) -> None:
        self.name = name
        self._source: Iterator[Sequence[Any]] | None = rows
        self._cache: list[list[str]] = [[] for _ in range(row_offset)]
        self._col_offset = col_offset
        self._format = formatter
        self.row_count = row_count  # None when unknown until the end (not the case for our readers)
        self.column_count = column_count
        # (first_row, first_col, last_row, last_col), 0-based, inclusive
        self.merged: list[tuple[int, int, int, int]] = merged or []

    def _fill(self, upto: int, cancelled: Cancelled | None) -> None:
        pad = [""] * self._col_offset
        while self._source is not None and len(self._cache) < upto:
            if len(self._cache) % 1000 == 0:
                check(cancelled)
            try:
                raw = next(self._source)
            except StopIteration:
                self._source = None
                break
            fmt = self._format
            self._cache.append(pad + [fmt(v) for v in raw])
        if self._source is None:
            self.row_count = len(self._cache)

    def rows(self, start: int, count: int, *, cancelled: Cancelled | None = None) -> list[list[str]]:
        """Rows ``start`` to ``start + count - 1`` (0-based), each a list of cell texts (ragged: pad as needed)."""
        self._fill(start + count, cancelled)
        return self._cache[start : start + count]

    def cell(self, row: int, col: int) -> str:
        got = self.rows(row, 1)
        return got[0][col] if got and col < len(got[0]) else ""


class SheetPreview(Closable):
    """A workbook: ``sheets`` lists the visible worksheets in order; ``sheet(info.index)`` loads one."""

    kind = "sheet"

    def __init__(
        self,
        name: str,
        sheets: list[SheetInfo],
        loader: Callable[[int, Cancelled | None], Sheet],
        hidden_sheets: list[str] | None = None,
        closer: Callable[[], None] | None = None,
    ) -> None:
        self.name = name
        self.sheets = sheets
        self.hidden_sheets = hidden_sheets or []  # names, so the pane can say "2 hidden sheets not shown"
        self._loader = loader
        self._loaded: dict[int, Sheet] = {}
        self._closer = closer

    def sheet(self, index: int, *, cancelled: Cancelled | None = None) -> Sheet:
        if index not in self._loaded:
            self._loaded[index] = self._loader(index, cancelled)
        return self._loaded[index]

    def close(self) -> None:
        self._loaded.clear()
        if self._closer is not None:
            self._closer()
            self._closer = None


# ---------------------------------------------------------------- guards


def check_zip(
    data_path: Path | bytes,
    cancelled: Cancelled | None = None,
    scan: Callable[[str, bytes], None] | None = None,
    defer: Callable[[str], bool] | None = None,
) -> zipfile.ZipFile:
    """Open an OOXML ZIP after checking it cannot inflate into something huge, and that every CRC matches.

    Parts for which ``defer(name)`` is true (the worksheets of a workbook) keep only the declared-size and
    ratio checks here; the caller reads them later with :func:`read_checked`, which checks their CRC and
    guards them then. Returns the open ZipFile; raises PreviewError for a damaged or hostile archive.
    """
    src: Any = io.BytesIO(data_path) if isinstance(data_path, bytes) else data_path
    try:
        zf = zipfile.ZipFile(src)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise damaged() from exc
    total = 0
    for info in zf.infolist():
        total += info.file_size
        if info.file_size > 1_000_000 and info.file_size > MAX_ZIP_RATIO * max(info.compress_size, 1):
            raise too_big(t(f"la parte {info.filename} se expande demasiado", f"part {info.filename} inflates too much"))
    if total > MAX_UNZIPPED:
        raise too_big(t(f"{total // 2**20} MB al descomprimir", f"{total // 2**20} MB uncompressed"))
    # Read every part once: bad CRCs (corrupt-crc.xlsx) and broken deflate streams show up here, not as
    # a silently empty sheet. Bounded by MAX_UNZIPPED, and fast (zlib runs at hundreds of MB/s).
    # ``scan`` sees each part's bytes on the way, so a guard costs no second decompression.
    try:
        for info in zf.infolist():
            check(cancelled)
            if defer is not None and defer(info.filename):
                continue
            content = zf.read(info)
            if scan is not None:
                scan(info.filename, content)
    except PreviewError:
        zf.close()
        raise
    except Exception as exc:  # BadZipFile (CRC), zlib.error, EOFError, NotImplementedError (method)...
        zf.close()
        raise damaged() from exc
    return zf


def read_checked(zf: zipfile.ZipFile, part: str, scan: Callable[[str, bytes], None] | None = None) -> bytes:
    """One deferred part: read (zipfile checks its CRC), then ``scan`` it; damaged() if it does not inflate."""
    try:
        content = zf.read(part)
    except Exception as exc:  # BadZipFile (CRC), zlib.error, EOFError, KeyError...
        raise damaged() from exc
    if scan is not None:
        scan(part, content)
    return content


def is_worksheet(part: str) -> bool:
    return re.match(r"xl/worksheets/[^/]+\.xml$", part, re.IGNORECASE) is not None


_SHEET_TAG = re.compile(rb"<(?:\w+:)?sheet\b[^>]*>")
_ATTR_RID = re.compile(rb'\br:id="([^"]+)"|\b\w+:id="([^"]+)"')
_REL_TAG = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*>")


def sheet_parts(zf: zipfile.ZipFile) -> list[str | None]:
    """The worksheet part of each sheet in workbook order (None where it cannot be told): what calamine's
    sheet index ``i`` reads, so only that part needs scanning when sheet ``i`` is opened."""
    try:
        book = zf.read("xl/workbook.xml")
        rels = zf.read("xl/_rels/workbook.xml.rels")
    except Exception:  # noqa: BLE001 - Strict or odd layouts: the caller scans every worksheet instead
        return []
    targets: dict[bytes, str] = {}
    for tag in _REL_TAG.findall(rels):
        rid = re.search(rb'\bId="([^"]+)"', tag)
        target = re.search(rb'\bTarget="([^"]+)"', tag)
        if rid and target:
            t_ = target.group(1).decode("utf-8", "replace")
            t_ = t_[1:] if t_.startswith("/") else "xl/" + t_
            targets[rid.group(1)] = t_
    parts: list[str | None] = []
    for tag in _SHEET_TAG.findall(book):
        found = _ATTR_RID.search(tag)
        sheet_rid: bytes | None = (found.group(1) or found.group(2)) if found else None
        parts.append(targets.get(sheet_rid) if sheet_rid else None)
    return parts


_BIG_REF = re.compile(rb' r="(?:[A-Z]{0,3}\d{6}|[A-Z]{2})')


def _fits_small_box(xml: bytes, no_ref: int) -> bool:
    """True when one regex scan proves every reference is within row 99,999 and column Z: the common case,
    decided without converting 600,000 references to numbers."""
    return (99_999 * (26 + max(no_ref, 0)) <= MAX_SHEET_CELLS) and _BIG_REF.search(xml) is None


def _col_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n


def guard_dense_area(part: str, xml: bytes) -> None:
    """Refuse a worksheet whose used rectangle is too big for calamine's dense grid (see module doc)."""
    if not is_worksheet(part):
        return
    # Cells without an r attribute take the next column; bound them by their number.
    no_ref = xml.count(b"<c>") + xml.count(b"<c ") - xml.count(b'<c r="')  # over-counts: safe
    # Fast path: a cheap upper bound of the rectangle (a 60,000 x 10 sheet passes in a few regex scans).
    # Only valid when every attribute is space-separated, which is what the fast regexes look for.
    # An r= after a tab or newline (pageMargins' header=/footer= end in "er=" and are fine).
    odd_space = xml.count(b'r="') - xml.count(b' r="') - xml.count(b'er="')
    if not odd_space and _fits_small_box(xml, no_ref):
        return
    refs = _REF.findall(xml)
    if not refs:
        return
    rows = [int(r) for _c, r in refs]
    cols = {c for c, _r in refs if c}
    span_rows = max(rows) - min(rows) + 1
    col_numbers = [_col_number(c) for c in cols] or [1]
    # Cells without an r attribute take the next column; bound them by their number.
    extra = xml.count(b"<c>") + xml.count(b"<c ") - sum(1 for c, _r in refs if c)
    span_cols = max(col_numbers) - min(col_numbers) + 1 + max(extra, 0)
    if span_rows * span_cols > MAX_SHEET_CELLS:
        raise too_big(
            t(
                f"una hoja abarca {span_rows:,} filas x {span_cols:,} columnas",
                f"a sheet spans {span_rows:,} rows x {span_cols:,} columns",
            )
        )


def _not_excel() -> PreviewError:
    return PreviewError(
        t(
            "No es un archivo de Excel válido: el contenido no corresponde a una hoja de cálculo o está dañado.",
            "This is not a valid Excel file: the content is not a spreadsheet, or it is damaged.",
        ),
        "error",
    )


# ---------------------------------------------------------------- readers


def _open_xlsx(path: Path, data: bytes, cancelled: Cancelled | None) -> SheetPreview:
    import python_calamine as pc

    # Worksheets (nearly all of a big file's bytes) are CRC-checked and scanned only when their sheet is opened.
    zf = check_zip(data, cancelled, defer=is_worksheet)
    if not any(n.startswith("xl/") for n in zf.namelist()):
        zf.close()
        raise _not_excel()
    check(cancelled)
    try:
        wb = pc.CalamineWorkbook.from_filelike(io.BytesIO(data))
        meta = wb.sheets_metadata
    except pc.PasswordError as exc:
        zf.close()
        raise password_required(path.name) from exc
    except pc.CalamineError as exc:
        zf.close()
        raise damaged() from exc
    parts = sheet_parts(zf)

    guarded: set[int] = set()

    def guard_sheet(index: int) -> None:
        if index in guarded:
            return
        part = parts[index] if index < len(parts) else None
        names = zf.namelist()
        todo = [part] if part in names else [n for n in names if is_worksheet(n)]  # unknown: all of them
        for name in todo:
            read_checked(zf, name, guard_dense_area)
        guarded.add(index)

    def close() -> None:
        wb.close()
        zf.close()
    infos: list[SheetInfo] = []
    hidden: list[str] = []
    for i, m in enumerate(meta):
        if m.typ != pc.SheetTypeEnum.WorkSheet:
            continue  # chartsheets, dialog and macro sheets hold no cells to show
        if m.visible == pc.SheetVisibleEnum.Visible:
            infos.append(SheetInfo(i, m.name))
        else:
            hidden.append(m.name)
            infos.append(SheetInfo(i, m.name, hidden=True))
    visible = [s for s in infos if not s.hidden]
    shown = visible or infos
    if not shown:
        raise PreviewError(
            t(
                "El libro no tiene hojas con celdas (solo gráficos). Ábralo con Excel para verlo.",
                "The workbook has no sheets with cells (charts only). Open it with Excel to see it.",
            ),
            "unsupported",
        )

    try:  # the first sheet shown is scanned now, so a hostile first sheet is refused on open
        guard_sheet(shown[0].index)
    except PreviewError:
        close()
        raise

    def load(index: int, cancel: Cancelled | None) -> Sheet:
        check(cancel)
        guard_sheet(index)
        check(cancel)
        try:
            sh = wb.get_sheet_by_index(index)
        except pc.CalamineError as exc:
            raise damaged() from exc
        start = sh.start
        end = sh.end
        merged = [(a[0], a[1], b[0], b[1]) for a, b in (sh.merged_cell_ranges or [])]
        if start is None or end is None:
            return Sheet(meta[index].name, iter(()), 0, 0, merged)
        return Sheet(
            meta[index].name,
            iter(sh.iter_rows()),
            end[0] + 1,
            end[1] + 1,
            merged,
            row_offset=start[0],
            col_offset=start[1],
        )

    return SheetPreview(path.name, shown, load, hidden_sheets=hidden if visible else [], closer=close)


def _open_xls(path: Path, data: bytes, cancelled: Cancelled | None) -> SheetPreview:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True, ragged_rows=True, logfile=_NullLog())
    except xlrd.XLRDError as exc:
        if "encrypt" in str(exc).lower():
            raise password_required(path.name) from exc
        raise _not_excel() from exc
    except Exception as exc:  # xlrd raises assorted errors (struct, index, assertion) on damaged files
        raise damaged() from exc
    datemode = book.datemode
    infos: list[SheetInfo] = []
    hidden: list[str] = []
    for i, name in enumerate(book.sheet_names()):
        vis = book._sheet_visibility[i] if i < len(book._sheet_visibility) else 0
        if vis:
            hidden.append(name)
        infos.append(SheetInfo(i, name, hidden=bool(vis)))
    visible = [s for s in infos if not s.hidden]

    def load(index: int, cancel: Cancelled | None) -> Sheet:
        check(cancel)
        try:
            sh = book.sheet_by_index(index)
        except Exception as exc:
            raise damaged() from exc

        def cell_value(cell: Any) -> Any:
            if cell.ctype == xlrd.XL_CELL_DATE:
                try:
                    return xlrd.xldate_as_datetime(cell.value, datemode)
                except Exception:  # noqa: BLE001 - an impossible date is shown as its number
                    return cell.value
            if cell.ctype == xlrd.XL_CELL_BOOLEAN:
                return bool(cell.value)
            if cell.ctype == xlrd.XL_CELL_ERROR:
                return xlrd.error_text_from_code.get(cell.value, "#ERR")
            return cell.value

        def gen() -> Iterator[list[Any]]:
            for r in range(sh.nrows):
                yield [cell_value(c) for c in sh.row(r)]

        merged = [(r0, c0, r1 - 1, c1 - 1) for r0, r1, c0, c1 in (sh.merged_cells or [])]
        return Sheet(sh.name, gen(), sh.nrows, sh.ncols, merged)

    return SheetPreview(path.name, visible or infos, load, hidden if visible else [], closer=book.release_resources)


class _NullLog:
    """xlrd prints warnings to stdout by default; a preview has no console."""

    def write(self, _s: str) -> int:
        return 0


def open_workbook(path: str | Path, *, data: bytes | None = None, cancelled: Cancelled | None = None) -> SheetPreview:
    """Open .xlsx/.xlsm/.xls by content (the extension may lie); PreviewError if it cannot be shown."""
    path = Path(path)
    if data is None:
        data = path.read_bytes()
    check(cancelled)
    if data.startswith(OLE_MAGIC):
        refuse_if_encrypted_office(data, path.name)
        return _open_xls(path, data, cancelled)
    if data.startswith(b"PK\x03\x04"):
        return _open_xlsx(path, data, cancelled)
    if b"%PDF-" in data[:1024]:
        raise PreviewError(
            t(
                "No es un archivo de Excel válido: en realidad es un PDF con la extensión equivocada.",
                "This is not a valid Excel file: it is really a PDF with the wrong extension.",
            ),
            "error",
        )
    if data[:5] in (b"<?xml", b"<html") or data[:4] == b"<HTM":
        raise unsupported(t("Hoja de cálculo en XML/HTML", "XML/HTML spreadsheet"))
    raise _not_excel()
