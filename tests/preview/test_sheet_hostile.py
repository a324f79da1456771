"""The streaming .xlsx reader against what a review found: a DTD behind a UTF-16 prolog, parts that
cost a tree of their XML, column letters that cost quadratic time, two threads on one sheet, values
no date holds, shared strings read the HTML way, and small things (TRUE, ², rows going backwards).

Each test failed before its fix. Memory is measured with tracemalloc (a peak that can fail), never a
time: a 200,000-letter reference finishing at all is the check for the quadratic one.
"""

from __future__ import annotations

import logging
import math
import random
import threading
import time
import tracemalloc
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from clientvault.preview import sheet as sheet_module
from clientvault.preview import xlsx_book, xlsx_stream
from clientvault.preview.base import PreviewCancelled, PreviewError
from clientvault.preview.sheet import Sheet, SheetPreview, open_workbook
from clientvault.preview.xlsx_book import refuse_dtd
from clientvault.preview.xlsx_stream import WorksheetStream, serial_to_python
from clientvault.preview.xlsx_styles import ELAPSED, NumberFormats

from .test_sheet_stream import DATE_STYLES, NS, Books, raw_workbook, rewrite, worksheet


def first_rows(books: Books, path: Path, n: int = 10) -> list[list[str]]:
    return books(path).sheet(0).rows(0, n)


# ------------------------------------------------------------------ 1. no DTD reaches the parser

LAUGHS = '<!ENTITY a "' + "x" * 1000 + '"><!ENTITY b "' + "&a;" * 10 + '"><!ENTITY c "' + "&b;" * 10 + '">'
# A CJK character in a processing instruction whose UTF-16LE bytes, NULs dropped, read as "?><A": the
# old guard took that for the root element and let the DOCTYPE after it through to expat.
BYPASS = ('<?xml version="1.0" encoding="UTF-16"?><?pi \u3e3f\u413c?><!DOCTYPE worksheet [' + LAUGHS + "]>"
          + worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&c;</t></is></c></row>'))


def test_utf16_doctype_behind_a_processing_instruction_is_refused(tmp_path: Path, books: Books) -> None:
    path = tmp_path / "bypass.xlsx"
    raw_workbook(path, "")
    rewrite(path, {"xl/worksheets/sheet1.xml": BYPASS.encode("utf-16")})
    with pytest.raises(PreviewError) as info:
        first_rows(books, path)  # before: cell A1 came back 100,000 characters long
    assert "dañado" in info.value.message


@pytest.mark.parametrize("encode", [
    lambda text: text.encode("utf-16"),  # with its byte order mark
    lambda text: text.encode("utf-16-be"),  # without one: NULs in the first bytes
    lambda text: text.replace("UTF-16", "windows-1252").encode("cp1252"),  # declared, not UTF-8
], ids=["utf-16", "utf-16-be", "windows-1252"])
@pytest.mark.parametrize("part", ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml"])
def test_parts_that_are_not_utf8_are_refused(tmp_path: Path, books: Books, part: str,
                                             encode: Callable[[str], bytes]) -> None:
    """Excel and LibreOffice write UTF-8 only; anything else is refused, not guessed at (a part without
    any DTD too: the check cannot be sure what the parser would read)."""
    path = tmp_path / "other.xlsx"
    raw_workbook(path, worksheet('<row r="1"><c r="A1"><v>1</v></c></row>'), strings=["Año"])
    with zipfile.ZipFile(path) as zf:
        text = zf.read(part).decode()
    rewrite(path, {part: encode('<?xml version="1.0" encoding="UTF-16"?>' + text)})
    with pytest.raises(PreviewError) as info:
        first_rows(books, path)
    assert "dañado" in info.value.message


def test_utf8_with_a_bom_a_declaration_and_comments_still_reads(tmp_path: Path, books: Books) -> None:
    path = tmp_path / "bom.xlsx"
    sheet = ('\ufeff<?xml version="1.0" encoding="utf-8" standalone="yes"?>\r\n<!-- <!DOCTYPE x> -->'
             '<?mso-application progid="Excel.Sheet"?>\n'
             + worksheet('<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="s"><v>0</v></c></row>'))
    raw_workbook(path, "", strings=["Año"])
    rewrite(path, {"xl/worksheets/sheet1.xml": sheet.encode(),
                   "xl/sharedStrings.xml": lambda b: b"\xef\xbb\xbf<?xml version='1.0' encoding='UTF-8'?>" + b})
    assert first_rows(books, path) == [["1", "Año"]]


@pytest.mark.parametrize("head", [
    b"<worksheet/>",
    b'<?xml version="1.0"?>\n<worksheet/>',
    b"\xef\xbb\xbf<!-- a -- b --><?pi ?><x:worksheet/>",
    b"<?pi ?><hoja/>",
    "<?pi ?><Ñ/>".encode(),
])
def test_the_parser_is_given_the_part_from_its_root_element_on(head: bytes) -> None:
    """Whatever the scan concludes, the parser starts at a start tag: a DTD is only allowed before the
    root element, so expat cannot meet one and has no entity to expand."""
    start = refuse_dtd(head, "part")
    assert head[start : start + 1] == b"<" and head[start + 1 : start + 2] not in (b"?", b"!", b"/")
    assert not head[start:].startswith((b"<?", b"<!"))


@pytest.mark.parametrize("head", [
    b'<?xml version="1.0"?><!DOCTYPE worksheet><worksheet/>',
    b"<!-- hola --><!DOCTYPE worksheet><worksheet/>",
    b"<?pi ?>\n<!DOCTYPE worksheet [<!ENTITY a 'b'>]><worksheet/>",
    b"text<worksheet/>",
    b"<?pi <worksheet/>",  # a processing instruction that never ends
    b"<!-- <worksheet/>",
    b"</worksheet>",
    b"",
    b"<\x00?\x00x\x00>\x00",  # UTF-16LE "<?x>": "<" then a NUL is no start tag
    b'<?xml version="1.0" encoding="ISO-8859-1"?><worksheet/>',
    b'<?xml version="1.0" encoding="UTF-16"?><worksheet/>',
    "<?xml version='1.0'?><!DOCTYPE w><w/>".encode("utf-16"),
    b"<?pi ?>" + b" " * 70_000 + b"<worksheet/>",  # no root element in the first 64 KB
])
def test_prologs_that_are_refused(head: bytes) -> None:
    with pytest.raises(PreviewError):
        refuse_dtd(head, "part")


def test_a_fooled_scan_still_cannot_make_expat_expand(tmp_path: Path, books: Books,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Defence in depth: even a scan that took a processing instruction's "<A" for the root element
    gives the parser the bytes from there, where a DOCTYPE is a syntax error, never an expansion."""
    text = ('<?pi <A?><!DOCTYPE worksheet [' + LAUGHS + "]>"
            + worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&c;</t></is></c></row>'))
    path = tmp_path / "fooled.xlsx"
    raw_workbook(path, text)
    monkeypatch.setattr(sheet_module, "scan_merges", lambda *_: [])  # it would refuse the part first
    monkeypatch.setattr(xlsx_stream, "refuse_dtd", lambda head, part: bytes(head).index(b"<A"))
    with pytest.raises(PreviewError) as info:
        first_rows(books, path)
    assert "dañado" in info.value.message


# ------------------------------------------------------------------ 2. memory: no tree of the part

ROW = "".join(f'<c r="{chr(65 + j)}{{r}}"><v>{{v{j}}}</v></c>' for j in range(10))


def _rows_xml(first: int, count: int, rnd: random.Random) -> str:
    return "".join(
        f'<row r="{r}">' + ROW.format(r=r, **{f"v{j}": rnd.getrandbits(40) for j in range(10)}) + "</row>"
        for r in range(first, first + count)
    )


def _hostile(kind: str) -> tuple[str, str | None]:
    """(worksheet XML, shared strings body) of 6-7 MB of XML around one real row, in a ZIP of about
    2 MB. Random numbers, so the part compresses like data and passes the ZIP ratio check."""
    rnd = random.Random(3)
    one = '<row r="1"><c r="A1"><v>1</v></c></row>'
    junk = "".join(f'<x a="{rnd.getrandbits(40)}"/>' for _ in range(320_000))
    if kind == "rows past the last row":
        return worksheet(one + _rows_xml(1_048_577, 16_000, rnd)), None
    if kind == "rows after sheetData":
        return worksheet(one, tail="<mergeCells>" + _rows_xml(2, 16_000, rnd) + "</mergeCells>"), None
    if kind == "a giant cols block":
        cols = "<cols>" + "".join(f'<col min="1" max="1" width="{rnd.getrandbits(40)}"/>' for _ in range(160_000)) + "</cols>"
        return f'<worksheet xmlns="{NS}">{cols}<sheetData>{one}</sheetData></worksheet>', None
    if kind == "one giant row":
        cells = "".join(f"<c><v>{rnd.getrandbits(40)}</v></c>" for _ in range(250_000))
        return worksheet(one + f'<row r="2">{cells}</row>'), None
    if kind == "junk among the rows":
        return worksheet(one + junk), None
    if kind == "junk inside a cell":
        return worksheet(f'<row r="1"><c r="A1"><v>1</v>{junk}</c><c r="B1"><v>2</v></c></row>'), None
    if kind == "junk inside a shared string":
        return worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), f"<si><t>uno</t>{junk}</si>"
    raise AssertionError(kind)


HOSTILE = ["rows past the last row", "rows after sheetData", "a giant cols block", "one giant row",
           "junk among the rows", "junk inside a cell", "junk inside a shared string"]


@pytest.mark.parametrize("kind", HOSTILE)
def test_a_small_hostile_file_costs_little_memory(tmp_path: Path, kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Before, each of these took 100-900 MB (every element of the part stayed in the tree until its
    parent ended, the part after the last row was parsed into a tree); now a chunk's worth."""
    sheet_xml, strings = _hostile(kind)
    path = tmp_path / "hostile.xlsx"
    raw_workbook(path, sheet_xml)
    if strings is not None:
        rewrite(path, {"xl/sharedStrings.xml": f'<sst xmlns="{NS}">{strings}</sst>'.encode()})
    assert path.stat().st_size < 3 * 2**20 and len(sheet_xml) + len(strings or "") > 5 * 2**20
    monkeypatch.setattr(sheet_module, "SCAN_WHOLE_BELOW", 0)  # streamed, as the 48 MB part of a 5 MB file is
    tracemalloc.start()
    try:
        preview = open_workbook(path)
        try:
            rows = preview.sheet(0).rows(0, 10**6)
        finally:
            preview.close()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert rows[0][0] in ("1", "uno")
    # the part's inflated bytes (held once for the merge scan of a small part) plus a chunk of events
    assert peak < 40 * 2**20, f"{kind}: {peak / 2**20:.0f} MB"


def test_rows_past_the_last_row_still_bring_merges_and_the_crc_check(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sheet_module, "SCAN_WHOLE_BELOW", 0)  # streamed: the stream finds the merges itself
    rnd = random.Random(5)
    body = '<row r="1"><c r="A1"><v>1</v></c></row>' + _rows_xml(1_048_577, 3_000, rnd)
    path = tmp_path / "past.xlsx"
    raw_workbook(path, worksheet(body, tail='<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>'))
    preview = open_workbook(path)
    try:
        sheet = preview.sheet(0)
        assert sheet.rows(0, 10) == [["1"]] and sheet.row_count == 1
        assert sheet.merged == [(0, 0, 0, 1)]
    finally:
        preview.close()


@pytest.mark.parametrize("cut", [0, 1, 5, 17, 30, 44])
def test_merges_found_in_raw_bytes_across_chunk_boundaries(cut: int) -> None:
    tail = b'</sheetData><mergeCells count="2"><mergeCell ref="A1:C1"/><x:mergeCell ref="B3:B5"/></mergeCells>'
    scanner = xlsx_stream._MergeScanner()
    for i in range(0, len(tail), cut or len(tail)):
        scanner.feed(tail[i : i + (cut or len(tail))])
    assert scanner.merged == [(0, 0, 0, 2), (2, 1, 4, 1)]


def test_a_hostile_run_of_unfinished_merge_tags_is_scanned_in_linear_time(tmp_path: Path) -> None:
    """Each '<mergeCell' with no ref and no '>' made the regex rescan to the end of the part: quadratic
    (20,000 of them, a 260 KB part in a tiny ZIP, took 23 s at open). 300,000 finishing is the check."""
    path = tmp_path / "merges.xlsx"
    hostile = "<mergeCell x " * 300_000
    raw_workbook(path, worksheet("", tail=f'<mergeCells><mergeCell ref="A1:B2"/>{hostile}</mergeCells>'))
    with zipfile.ZipFile(path) as zf:
        assert xlsx_stream.scan_merges(zf, "xl/worksheets/sheet1.xml") == [(0, 0, 1, 1)]
    scanner = xlsx_stream._MergeScanner()  # the stream's scan, chunk by chunk
    scanner.feed(hostile.encode())
    scanner.feed(b'<mergeCell ref="A1:B2"/>')
    assert scanner.merged == [(0, 0, 1, 1)]  # and a match does not run across tags to find a ref


# ------------------------------------------------------------------ 3. column letters

def test_a_reference_of_200000_letters_is_out_of_range_not_quadratic(tmp_path: Path, books: Books) -> None:
    path = tmp_path / "letters.xlsx"
    rows = (f'<row r="1"><c r="{"A" * 200_000}1"><v>1</v></c><c r="B1"><v>2</v></c></row>'
            f'<row r="2"><c r="{"z" * 200_000}2"><v>1</v></c><c r="C2"><v>3</v></c></row>')
    raw_workbook(path, worksheet(rows))
    assert path.stat().st_size < 5_000
    assert first_rows(books, path) == [["", "2"], ["", "", "3"]]  # finishing at all is the check (6 s each before)
    with zipfile.ZipFile(path) as zf:
        stream = WorksheetStream(zf.open("xl/worksheets/sheet1.xml"), "sheet1", [], NumberFormats(), False)
        assert list(stream.rows()) == [[None, 2.0], [None, None, 3.0]]
    assert sorted(stream._columns) == ["B", "C"]  # the cache holds real columns only


def test_column_letters() -> None:
    column = xlsx_stream._column
    assert (column("A"), column("z"), column("AB"), column("XFD"), column("xfd")) == (0, 25, 27, 16_383, 16_383)
    assert column("XFE") == 16_384 and column("AAAA") == column("A" * 10**6) == 16_384  # past XFD: dropped
    assert column("") == column("A1") == column(" D") == column("Á") == -1  # not letters: the next column


# ------------------------------------------------------------------ 4. two threads on one sheet


def slow_rows(count: int, inside: threading.Event) -> Iterator[list[Any]]:
    for i in range(count):
        inside.set()
        time.sleep(0.002)  # the first thread is in here when the second asks
        yield [i]


def test_two_threads_reading_one_sheet_take_turns(tmp_path: Path) -> None:
    inside = threading.Event()
    sheet = Sheet("Hoja1", slow_rows(60, inside), None, 1)
    got: dict[str, list[list[str]]] = {}
    errors: list[BaseException] = []

    def read(name: str, count: int) -> None:
        try:
            got[name] = sheet.rows(0, count)
        except BaseException as exc:  # noqa: BLE001 - the test reports it
            errors.append(exc)

    first = threading.Thread(target=read, args=("first", 50))
    first.start()
    assert inside.wait(5)
    read("second", 20)  # before: "generator already executing", and the sheet said damaged for good
    first.join(5)
    assert not errors and sheet.error is None
    assert got["first"] == [[str(i)] for i in range(50)] and got["second"] == [[str(i)] for i in range(20)]
    assert sheet.rows(50, 20) == [[str(i)] for i in range(50, 60)] and sheet.row_count == 60


def test_two_threads_loading_one_sheet_load_it_once() -> None:
    calls: list[int] = []

    def loader(index: int, _cancelled: Any) -> Sheet:
        calls.append(index)
        time.sleep(0.05)
        return Sheet("Hoja1", iter([["a"]]), 1, 1)

    preview = SheetPreview("libro.xlsx", [], loader)
    got: list[Sheet] = []
    threads = [threading.Thread(target=lambda: got.append(preview.sheet(0))) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)
    assert calls == [0] and len(got) == 2 and got[0] is got[1]
    preview.close()
    with pytest.raises(PreviewCancelled):  # a worker that asks after the close gets nothing to show
        preview.sheet(0)


def test_two_threads_on_a_real_workbook(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What the pane did on tabs B -> C -> B: two workers on the same cached sheet of one workbook."""
    real = sheet_module.open_member
    inside = threading.Event()

    class Slow:
        def __init__(self, inner: Any) -> None:
            self.inner = inner

        def read(self, n: int = -1) -> bytes:
            inside.set()
            time.sleep(0.01)
            return bytes(self.inner.read(n))

        def close(self) -> None:
            self.inner.close()

    monkeypatch.setattr(sheet_module, "open_member", lambda zf, part: Slow(real(zf, part)))
    monkeypatch.setattr(xlsx_stream, "CHUNK", 4096)  # a few reads per block of rows
    rnd = random.Random(2)
    path = tmp_path / "two.xlsx"
    raw_workbook(path, worksheet(_rows_xml(1, 2_000, rnd)))
    preview = open_workbook(path)
    try:
        sheet = preview.sheet(0)
        results: list[list[list[str]]] = []
        errors: list[BaseException] = []

        def read() -> None:
            try:
                results.append(sheet.rows(0, 300))
            except BaseException as exc:  # noqa: BLE001
                errors.append(exc)

        inside.clear()
        worker = threading.Thread(target=read)
        worker.start()
        assert inside.wait(5)
        read()
        worker.join(10)
        assert not errors and sheet.error is None
        again = random.Random(2)  # the values _rows_xml drew, in its order
        expected = [[str(again.getrandbits(40)) for _ in range(10)] for _ in range(300)]
        assert results == [expected, expected]
    finally:
        preview.close()


def test_a_bug_while_reading_is_an_unexpected_problem_not_a_damaged_file(caplog: pytest.LogCaptureFixture) -> None:
    def broken() -> Iterator[list[Any]]:
        yield ["a"]
        raise TypeError("a bug of ours")

    sheet = Sheet("Hoja1", broken(), None, 1)
    with caplog.at_level(logging.ERROR), pytest.raises(PreviewError) as info:
        sheet.rows(0, 10)
    assert "inesperado" in info.value.message and "dañado" not in info.value.message
    assert "a bug of ours" in caplog.text  # the traceback went to the log
    assert sheet.rows(0, 10) == [["a"]] and sheet.error is info.value


def test_closing_while_a_worker_reads_cancels_it_quietly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The preview closed (another file chosen) while a worker scrolls: the worker stops with
    PreviewCancelled, not a "damaged" nor an IndexError from a parse state pulled from under it."""
    real = sheet_module.open_member
    reading = threading.Event()
    closed = threading.Event()

    class Held:
        def __init__(self, inner: Any) -> None:
            self.inner = inner
            self.reads = 0

        def read(self, n: int = -1) -> bytes:
            self.reads += 1
            if self.reads == 3:  # in the middle of the rows
                reading.set()
                closed.wait(5)
            return bytes(self.inner.read(n))

        def close(self) -> None:
            self.inner.close()

    monkeypatch.setattr(sheet_module, "open_member", lambda zf, part: Held(real(zf, part)))
    monkeypatch.setattr(sheet_module, "SCAN_WHOLE_BELOW", 0)
    monkeypatch.setattr(xlsx_stream, "CHUNK", 4096)
    path = tmp_path / "close.xlsx"
    raw_workbook(path, worksheet(_rows_xml(1, 2_000, random.Random(1))))
    preview = open_workbook(path)
    sheet = preview.sheet(0)
    outcome: list[BaseException | None] = []

    def read() -> None:
        try:
            sheet.rows(0, 2_000)
            outcome.append(None)
        except BaseException as exc:  # noqa: BLE001
            outcome.append(exc)

    worker = threading.Thread(target=read)
    worker.start()
    assert reading.wait(5)
    preview.close()
    closed.set()
    worker.join(5)
    assert len(outcome) == 1 and isinstance(outcome[0], PreviewCancelled), outcome
    assert sheet.error is None


# ------------------------------------------------------------------ 5. values no date holds


def test_serials_no_date_or_duration_holds_stay_numbers() -> None:
    for value in (1e10, -1e10, 1e300, math.inf, -math.inf):
        assert serial_to_python(value, ELAPSED, False) == value
        assert serial_to_python(value, 1, False) == value
    nan = serial_to_python(math.nan, ELAPSED, False)
    assert nan != nan and serial_to_python(math.nan, 1, True) != serial_to_python(math.nan, 1, True)
    assert str(serial_to_python(999_999_999, ELAPSED, False)) == "999999999 days, 0:00:00"  # the largest it holds


def test_elapsed_and_nan_cells_do_not_make_the_sheet_damaged(tmp_path: Path, books: Books) -> None:
    path = tmp_path / "elapsed.xlsx"
    rows = ('<row r="1"><c r="A1" s="2"><v>1e10</v></c><c r="B1" s="2"><v>NaN</v></c><c r="C1" s="2"><v>1.5</v></c>'
            '<c r="D1" s="1"><v>inf</v></c></row><row r="2"><c r="A2"><v>3</v></c></row>')
    raw_workbook(path, worksheet(rows), styles=DATE_STYLES)
    assert first_rows(books, path) == [["10000000000", "nan", "36:00", "inf"], ["3"]]  # 1.5 days under [h]:mm


# ------------------------------------------------------------------ 6. shared strings, the XML way

REFERENCES = {
    "windows-1252 numbers": "<si><t>&#150;&#128;</t></si>",  # U+0096 U+0080 in XML; HTML5 made them "–€"
    "hex and astral": "<si><t>&#x41;&#x1F600;&#128512;</t></si>",
    "upper-case X": "<si><t>&#X41;</t></si>",  # not XML: both refuse it
    "carriage return": "<si><t>a&#13;b&#xD;</t></si>",
    "leading zeros": "<si><t>&#0000000065;</t></si>",
    "nul": "<si><t>&#0;</t></si>",  # refused by XML; HTML5 gave U+FFFD
    "surrogate": "<si><t>&#xD800;</t></si>",
    "not a character": "<si><t>&#xFFFE;</t></si>",
    "past unicode": "<si><t>&#x110000;</t></si>",
    "huge": "<si><t>&#" + "9" * 5000 + ";</t></si>",
    "raw control": "<si><t>a\x01b</t></si>",
    "no semicolon": "<si><t>&#65</t></si>",
    "html entity": "<si><t>&eacute;</t></si>",
    "five entities": "<si><t>&lt;&gt;&amp;&quot;&apos;</t></si>",
}


def _read_or_error(data: bytes) -> list[str] | str:
    try:
        return xlsx_book.read_shared_strings(data, "sst")
    except PreviewError as exc:
        return f"error: {exc.message}"


@pytest.mark.parametrize("name", list(REFERENCES))
def test_shared_strings_references_read_alike_on_both_paths(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    data = f'<sst xmlns="{NS}">{REFERENCES[name]}</sst>'.encode()
    fast = _read_or_error(data)
    monkeypatch.setattr(xlsx_book, "_simple_strings", lambda *_: None)
    assert fast == _read_or_error(data)
    if name == "windows-1252 numbers":
        assert fast == ["\x96\x80"]
    if name == "hex and astral":
        assert fast == ["A\U0001f600\U0001f600"]
    if name in ("nul", "upper-case X", "html entity"):
        assert isinstance(fast, str) and "dañado" in fast


def test_fast_path_takes_the_references_excel_writes() -> None:
    data = f'<sst xmlns="{NS}"><si><t>&#150;&#x41;&lt;</t></si><si><t>b</t></si></sst>'.encode()
    assert xlsx_book._simple_strings(data) == ["\x96A<", "b"]


# ------------------------------------------------------------------ 7. small things


def test_booleans_superscript_digits_and_rows_going_backwards(tmp_path: Path, books: Books,
                                                             caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "small.xlsx"
    rows = ('<row r="1"><c r="A1" t="b"><v>TRUE</v></c><c r="B1" t="b"><v>true</v></c><c r="C1" t="b"><v>1</v></c>'
            '<c r="D1" t="b"><v>0</v></c><c r="E1" t="b"><v>FALSE</v></c><c r="F1" s="²"><v>7</v></c></row>'
            '<row r="²"><c r="A2"><v>2</v></c></row>'  # not a row number: the next row
            '<row r="5"><c r="A5"><v>5</v></c></row>'
            '<row r="3"><c r="A3"><v>3</v></c></row>'  # backwards: after row 5, never over it, and logged
            '<row r="4"><c r="A4"><v>4</v></c></row>'
            f'<row r="{"1" * 5000}"><c><v>9</v></c></row>')  # past any row: the sheet ends (int() refuses it)
    raw_workbook(path, worksheet(rows, tail='<mergeCells><mergeCell ref="A²:B²"/></mergeCells>'))
    with caplog.at_level(logging.WARNING):
        got = first_rows(books, path)
    assert got == [["VERDADERO", "VERDADERO", "VERDADERO", "FALSO", "FALSO", "7"], ["2"], [], [], ["5"], ["3"], ["4"]]
    assert caplog.text.count("comes after row") == 1
