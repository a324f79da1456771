"""Spreadsheets: sheet tabs and rows fetched lazily, cells written as a person reads them.

Readers, measured on this machine (FACTS.md, bench/preview.py) and checked on the corpus:

* .xlsx/.xlsm: our own reader. The shared strings, styles and workbook parts are read whole
  (:mod:`clientvault.preview.xlsx_book`); a worksheet is parsed only as far as the rows asked for
  (:mod:`clientvault.preview.xlsx_stream`), so the first screen of a 60,000-row sheet costs its first
  200 rows (python-calamine, before, loaded the whole sheet as a dense rectangle first: 360-980 ms for
  that file, and an abort of the process on a 5 KB file with cells in A1 and XFD1048576).
  It reads Strict OOXML, tells hidden sheets and chartsheets apart, and refuses any part that
  declares a DTD (poc-xmlbomb.xlsx) or is not UTF-8 (what Excel and LibreOffice write); the XML
  parser is only ever given a part from its root element on, so it cannot meet a DTD at all.
  The ZIP is checked first (declared sizes, compression ratio, CRCs of every part but the worksheets).
  A worksheet of up to ``SCAN_WHOLE_BELOW`` bytes of XML (~16,000 x 10 cells, 20-25 ms) is inflated
  once when it is opened, which checks its CRC and finds its merged ranges (they come after the last
  row); a bigger one is only streamed, so its merged ranges arrive and its CRC is checked when the
  stream reaches its end, and a damage found then is reported by ``Sheet.rows`` (the view says so).
* .xls: xlrd with ``on_demand`` and ``ragged_rows``. calamine is faster (17 ms against 200 ms for
  3.6 MB) but loads a dense rectangle and has its own OOM history on OOM_alloc.xls; xlrd's ragged rows
  cost memory only for cells that exist, and 200 ms in a worker thread is invisible. xlrd also tells
  dates from numbers by the cell's format.

Cells are written as Excel shows them: each cell style's number format applied ("$ 2.500,00",
"12,5%", "(1.200,00)", dates) with the window's separators, numbers right-aligned and text left,
bold, italic, text and fill colours (:mod:`clientvault.preview.sheet_style`); ``Sheet.looks`` and
``Sheet.look_ids`` give them to the views and to printing, ``Sheet.column_widths`` the widths the
file gives its columns, ``Sheet.charts_only`` a sheet that holds charts and no cells.
"""

from __future__ import annotations

import io
import logging
import re
import threading
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clientvault.core.i18n import t
from clientvault.preview.base import (
    MAX_UNZIPPED,
    MAX_ZIP_RATIO,
    Cancelled,
    Closable,
    PreviewCancelled,
    PreviewError,
    check,
    damaged,
    password_required,
    refuse_if_encrypted_office,
    too_big,
    unsupported,
)
from clientvault.preview.numfmt import number_locale
from clientvault.preview.sheet_style import CellLook, Looks, PlainStyler, XlsStyler, XlsxStyler, plain_text, xls_styles
from clientvault.preview.xlsx_book import read_book, read_shared_strings
from clientvault.preview.xlsx_stream import WorksheetStream, open_member, scan_merges
from clientvault.preview.xlsx_styles import NumberFormats, read_number_formats, read_theme_colors

log = logging.getLogger(__name__)

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_WIDTHS = 16_384  # column widths kept per sheet (one per Excel column)
SCAN_WHOLE_BELOW = 8 * 1024 * 1024  # bytes of worksheet XML inflated at open for its CRC and merges (2-3 ms/MB)


# ---------------------------------------------------------------- cell text


def format_cell(value: Any) -> str:
    """A cell as the person expects to read it under General: 42 not 42.0, 31/12/2024 not 45657, the
    window's decimal separator (readers that know the cell's format use :mod:`sheet_style`)."""
    return plain_text(value, number_locale())


# ---------------------------------------------------------------- sheets


@dataclass(frozen=True)
class SheetInfo:
    index: int  # position among the workbook's sheets (what ``SheetPreview.sheet`` takes)
    name: str
    hidden: bool = False  # hidden or very hidden in Excel; listed only when nothing else is visible


_EMPTY_ROW: list[str] = []  # every empty row shares it (nobody mutates rows): a million gap rows cost 8 MB, not 56


def unexpected_problem() -> PreviewError:
    """A failure of our reader, not of the file: the person is not told to ask the client for a new copy."""
    return PreviewError(
        t(
            "La hoja no se pudo leer por un problema inesperado del programa; quedó anotado en el registro. "
            "Ábrala con Excel.",
            "The sheet could not be read because of an unexpected problem in the program; it was written to "
            "the log. Open it in Excel.",
        ),
        "error",
    )


class Sheet:
    """One grid of text cells. Rows come from an iterator and are kept once read, so going back is free;
    the model's ``fetchMore`` asks for the next block with :meth:`rows`.

    ``row_count`` is a hint until the iterator ends: None when unknown (an .xlsx without a
    ``<dimension>``), and set to None again when the rows outrun it (a ``<dimension>`` that lies);
    exact once the last row has been read. ``merged`` may grow when the iterator reaches its end
    (a big worksheet's merged ranges come after its last row). If the iterator fails (a damaged part
    found while scrolling), ``rows`` raises that PreviewError once, then ``error`` keeps it and the
    rows read so far stay available. A failure that is not a PreviewError is a bug of ours: it is
    logged and reported as an unexpected problem, never as a damaged file.

    Each cell also has a look (alignment, bold, italic, colours): ``look_ids(start, count)`` gives one
    small id per cell of the rows (an empty sequence: all plain) and ``looks.get(id)`` the
    :class:`CellLook`; ``styler`` (see sheet_style) makes both from what the iterator yields.
    ``column_widths`` maps 0-based columns to the widths the file gives them, in Excel's units (the
    width of that many "0" digits), ``default_width`` the sheet's own default; ``has_charts`` says the
    sheet holds charts.

    Thread-safe: one lock around reading, so two workers (the pane's tab B -> C -> B gives the second B
    the same cached sheet while the first may still read it) take turns on the one iterator instead of
    one of them getting "generator already executing", which used to mark a good sheet damaged for good.
    """

    def __init__(
        self,
        name: str,
        rows: Iterator[Sequence[Any]],
        row_count: int | None,
        column_count: int | None,
        merged: list[tuple[int, int, int, int]] | None = None,
        *,
        formatter: Callable[[Any], str] | None = None,
        styler: Callable[[Any], tuple[list[str], bytes | list[int]]] | None = None,
        looks: Looks | None = None,
    ) -> None:
        self.name = name
        self._source: Iterator[Any] | None = rows
        self._cache: list[list[str]] = []
        self._looks_cache: list[bytes | list[int]] = []
        self.looks = looks or Looks()
        if styler is None:
            styler = _texts_only(formatter) if formatter is not None else PlainStyler(self.looks)
        self._style = styler
        self.column_widths: dict[int, float] = {}
        self.default_width: float | None = None
        self.has_charts = False
        self._lock = threading.Lock()
        self.row_count = row_count
        self.column_count = column_count
        # (first_row, first_col, last_row, last_col), 0-based, inclusive
        self.merged: list[tuple[int, int, int, int]] = merged if merged is not None else []
        self.error: PreviewError | None = None

    def _fill(self, upto: int, cancelled: Cancelled | None) -> None:
        """Read rows until ``upto`` are cached; the caller holds ``_lock``."""
        cache = self._cache
        looks = self._looks_cache
        style = self._style
        source = self._source
        if self.row_count is not None and upto >= self.row_count:
            upto += 1  # one row past the declared count tells whether the count was true
        while source is not None and self._source is source and len(cache) < upto:
            if len(cache) % 1000 == 0:
                check(cancelled)
            try:
                raw = next(source)
            except StopIteration:
                self._source = source = None
                break
            except PreviewCancelled:
                raise
            except Exception as exc:
                if not isinstance(exc, PreviewError):
                    log.exception("reading sheet %r failed: a bug, not the file", self.name)
                    exc = unexpected_problem()
                self._source = None
                _close_quietly(source)
                self.error = exc
                self.row_count = len(cache)
                raise exc from None
            if raw:
                texts, ids = style(raw)
                cache.append(texts or _EMPTY_ROW)
                looks.append(ids)
            else:
                cache.append(_EMPTY_ROW)
                looks.append(b"")
        if source is not None and self._source is not source:
            _close_quietly(source)  # close() came from another thread while we read: it left the closing to us
            return
        if self._source is None:
            self.row_count = len(cache)
            if not cache:
                self.column_count = 0  # an empty sheet's <dimension> still says A1
        elif self.row_count is not None and len(cache) > self.row_count:
            self.row_count = None  # more rows than declared: unknown until the end

    def rows(self, start: int, count: int, *, cancelled: Cancelled | None = None) -> list[list[str]]:
        """Rows ``start`` to ``start + count - 1`` (0-based), each a list of cell texts (ragged: pad as needed)."""
        with self._lock:
            self._fill(start + count, cancelled)
            return self._cache[start : start + count]

    def cell(self, row: int, col: int) -> str:
        got = self.rows(row, 1)
        return got[0][col] if got and col < len(got[0]) else ""

    def look_ids(self, start: int, count: int) -> list[bytes | list[int]]:
        """The look ids of rows ``start`` to ``start + count - 1`` as read so far (read them with
        :meth:`rows` first); a row's sequence may be shorter than its texts: the rest are plain (0)."""
        with self._lock:
            return self._looks_cache[start : start + count]

    def look(self, row: int, col: int) -> CellLook:
        """The look of one cell already read (plain when it has none)."""
        ids = self._looks_cache[row] if 0 <= row < len(self._looks_cache) else b""
        return self.looks.get(ids[col] if col < len(ids) else 0)

    def column_width(self, col: int) -> float | None:
        """The file's width of column ``col`` (Excel's units), or its default, or None."""
        return self.column_widths.get(col, self.default_width)

    @property
    def charts_only(self) -> bool:
        """A sheet with charts and not one cell of text, once it has been read to its end."""
        return self.has_charts and self._source is None and self.error is None and not any(
            any(row) for row in self._cache)

    def close(self) -> None:
        """Stop reading: the rows read so far stay, the source (an open ZIP member) is released. Never
        waits: while a worker reads (holding the lock), the source is only detached here and the worker
        closes it when its ``next()`` returns; SheetPreview.close() shuts the ZIP under it meanwhile."""
        source, self._source = self._source, None
        if source is not None and self._lock.acquire(blocking=False):
            try:
                _close_quietly(source)
            finally:
                self._lock.release()


def _texts_only(formatter: Callable[[Any], str]) -> Callable[[Any], tuple[list[str], bytes]]:
    def style(raw: Sequence[Any]) -> tuple[list[str], bytes]:
        return [formatter(v) for v in raw], b""

    return style


def _close_quietly(source: Iterator[Any]) -> None:
    close = getattr(source, "close", None)
    if close is not None:
        try:
            close()
        except ValueError:  # "generator already executing": a reader outside the lock; the ZIP's close stops it
            pass


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
        self._lock = threading.Lock()
        self._closed = False
        self._closer = closer
        # .xlsx: each cell style's number format, for when formats are shown (not yet; see module doc)
        self.number_formats: NumberFormats | None = None

    def sheet(self, index: int, *, cancelled: Cancelled | None = None) -> Sheet:
        """Load sheet ``index`` once; a second thread asking for it meanwhile waits and gets the same one."""
        with self._lock:
            if self._closed:
                raise PreviewCancelled()  # closed while this worker waited: nothing to show it in
            if index not in self._loaded:
                sheet = self._loader(index, cancelled)
                if self._closed:  # close() ran while it loaded: its ZIP is shut, the sheet would be a husk
                    sheet.close()
                    raise PreviewCancelled()
                self._loaded[index] = sheet
            return self._loaded[index]

    def close(self) -> None:
        """Does not wait for a worker that is loading a sheet: the closer shuts the ZIP under it."""
        self._closed = True
        for sheet in list(self._loaded.values()):
            sheet.close()
        self._loaded.clear()
        closer, self._closer = self._closer, None
        if closer is not None:
            closer()


# ---------------------------------------------------------------- guards


def check_zip(
    data_path: Path | bytes,
    cancelled: Cancelled | None = None,
    scan: Callable[[str, bytes], None] | None = None,
    defer: Callable[[str], bool] | None = None,
) -> zipfile.ZipFile:
    """Open an OOXML ZIP after checking it cannot inflate into something huge, and that every CRC matches.

    Parts for which ``defer(name)`` is true (the worksheets of a workbook) keep only the declared-size and
    ratio checks here; their CRC is checked when the caller reads them to the end (zipfile does it; a
    ZipExtFile never yields more than the declared size). Returns the open ZipFile; raises PreviewError
    for a damaged or hostile archive.
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


def is_worksheet(part: str) -> bool:
    return re.match(r"xl/worksheets/[^/]+\.xml$", part, re.IGNORECASE) is not None


def _not_excel() -> PreviewError:
    return PreviewError(
        t(
            "No es un archivo de Excel válido: el contenido no corresponde a una hoja de cálculo o está dañado.",
            "This is not a valid Excel file: the content is not a spreadsheet, or it is damaged.",
        ),
        "error",
    )


# ---------------------------------------------------------------- readers


def _keep_for_book(name: str) -> bool:
    """Parts the workbook reader needs, kept from check_zip's pass so they are not inflated twice."""
    low = name.lower()
    return low.endswith(".rels") or any(w in low for w in ("workbook", "sharedstrings", "styles", "theme"))


def _open_xlsx(path: Path, data: bytes, cancelled: Cancelled | None) -> SheetPreview:
    kept: dict[str, bytes] = {}

    def keep(name: str, content: bytes) -> None:
        if _keep_for_book(name):
            kept[name] = content

    # Worksheets (nearly all of a big file's bytes) are CRC-checked when their sheet is read (see module doc).
    zf = check_zip(data, cancelled, scan=keep, defer=is_worksheet)
    try:
        return _read_xlsx(path, zf, kept, cancelled)
    except BaseException:
        zf.close()
        raise


def _read_xlsx(path: Path, zf: zipfile.ZipFile, kept: dict[str, bytes], cancelled: Cancelled | None) -> SheetPreview:
    def read(name: str) -> bytes:
        if name in kept:
            return kept.pop(name)
        try:
            return zf.read(name)
        except Exception as exc:  # BadZipFile (CRC), zlib.error, EOFError...
            raise damaged() from exc

    book = read_book(zf, read)
    if book is None:
        raise _not_excel()
    check(cancelled)
    strings = read_shared_strings(read(book.shared_strings), book.shared_strings, cancelled) if book.shared_strings else []
    try:
        theme = read_theme_colors(read(book.theme), book.theme) if book.theme else []
    except PreviewError:  # colours are a nicety: a theme we cannot read leaves them out, not the workbook
        log.warning("%s: theme part not read; theme colours left out", path.name)
        theme = []
    formats = read_number_formats(read(book.styles) if book.styles else None, book.styles or "", theme)
    kept.clear()
    infos: list[SheetInfo] = []
    hidden: list[str] = []
    for i, entry in enumerate(book.sheets):
        if entry.kind not in ("worksheet", "chartsheet"):
            continue  # dialog and macro sheets hold nothing to show; a chartsheet's tab says it has charts
        if entry.state == "visible":
            infos.append(SheetInfo(i, entry.name))
        else:
            hidden.append(entry.name)
            infos.append(SheetInfo(i, entry.name, hidden=True))
    visible = [s for s in infos if not s.hidden]
    shown = visible or infos
    if not shown:
        raise PreviewError(
            t(
                "El libro no tiene hojas con celdas. Ábralo con Excel para verlo.",
                "The workbook has no sheets with cells. Open it with Excel to see it.",
            ),
            "unsupported",
        )
    streams: list[WorksheetStream] = []
    locale = number_locale()  # the window's separators, read once per workbook

    def load(index: int, cancel: Cancelled | None) -> Sheet:
        check(cancel)
        entry = book.sheets[index]
        looks = Looks()
        if entry.kind == "chartsheet":
            sheet = Sheet(entry.name, iter(()), 0, 0, looks=looks)
            sheet.has_charts = True
            return sheet
        if entry.part is None:
            raise damaged(t(f"falta la hoja {entry.name}", f"sheet {entry.name} is missing"))
        # Small sheets: one inflate now checks the CRC and finds the merged ranges (after the last row).
        # Big ones stream only; their merges and CRC come when the stream reaches the end.
        merged = scan_merges(zf, entry.part) if zf.getinfo(entry.part).file_size <= SCAN_WHOLE_BELOW else None
        stream = WorksheetStream(open_member(zf, entry.part), entry.part, strings, formats, book.date1904, styled=True)
        streams.append(stream)
        try:
            stream.head(cancel)
        except BaseException:
            stream.close()  # cancelled or damaged before its rows: the next load opens the member afresh
            raise
        row_count, column_count = stream.dimension or (None, None)
        sheet = Sheet(entry.name, stream.rows(), row_count, column_count, stream.merged if merged is None else merged,
                      styler=XlsxStyler(looks, formats, locale), looks=looks)
        sheet.column_widths = stream.column_widths
        sheet.default_width = stream.default_width
        sheet.has_charts = entry.charts
        return sheet

    def close() -> None:
        for stream in streams:
            stream.close()
        streams.clear()
        zf.close()

    preview = SheetPreview(path.name, shown, load, hidden_sheets=hidden if visible else [], closer=close)
    preview.number_formats = formats
    return preview


def _open_xls(path: Path, data: bytes, cancelled: Cancelled | None) -> SheetPreview:
    import xlrd

    def open_book(formatting: bool) -> Any:
        return xlrd.open_workbook(file_contents=data, on_demand=True, ragged_rows=True, formatting_info=formatting,
                                  logfile=_NullLog())

    try:
        try:
            book = open_book(True)
        except Exception as exc:  # noqa: BLE001 - formats are a nicety: a book whose format records xlrd cannot
            if "encrypt" in str(exc).lower():  # read is opened again without them, shown plain
                raise
            log.warning("%s: opened without its cell formats (%s)", path.name, type(exc).__name__)
            book = open_book(False)
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
    locale = number_locale()
    try:
        styles = xls_styles(book, locale)
    except Exception:  # noqa: BLE001 - formats are a nicety: a book whose records xlrd half-read shows plain cells
        log.warning("%s: cell formats not read; cells shown plain", path.name, exc_info=True)
        styles = []

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

        def gen() -> Iterator[tuple[list[Any], list[int]]]:
            for r in range(sh.nrows):
                row = sh.row(r)
                yield [cell_value(c) for c in row], [c.xf_index or 0 for c in row]

        merged = [(r0, c0, r1 - 1, c1 - 1) for r0, r1, c0, c1 in (sh.merged_cells or [])]
        looks = Looks()
        sheet = Sheet(sh.name, gen(), sh.nrows, sh.ncols, merged, styler=XlsStyler(looks, styles, locale), looks=looks)
        # BIFF widths are in 1/256 of a "0" digit; the default (DEFCOLWIDTH) in whole digits.
        sheet.column_widths = {c: info.width / 256 for c, info in list(sh.colinfo_map.items())[:MAX_WIDTHS]
                               if not info.hidden}
        default = getattr(sh, "defcolwidth", None)
        sheet.default_width = float(default) if default else None
        return sheet

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
