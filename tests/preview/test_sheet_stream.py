"""The streaming .xlsx reader (clientvault/preview/xlsx_stream.py) on real files: where cells land,
what they read as, how little of a big sheet the first screen reads, and what hostile parts get.

Files are made with openpyxl where it can write what is tested (and read back by openpyxl for the
comparison); what openpyxl does not write (shared strings, cached formula results, rich inline text,
rows without numbers, a DTD, a bad CRC) is put into the ZIP by hand, the way Excel writes it.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest

from clientvault.preview import sheet as sheet_module
from clientvault.preview.base import MAX_SHEET_CELLS, PreviewCancelled, PreviewError
from clientvault.preview.sheet import Sheet, SheetPreview, format_cell
from clientvault.preview.xlsx_stream import WorksheetStream
from clientvault.preview.xlsx_styles import NumberFormats, date_kind

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ------------------------------------------------------------------ helpers


def rewrite(path: Path, changes: dict[str, bytes | Callable[[bytes], bytes]]) -> None:
    """Replace or add ZIP members (a callable gets the old bytes)."""
    with zipfile.ZipFile(path) as zf:
        parts = {info.filename: zf.read(info) for info in zf.infolist()}
    for name, change in changes.items():
        parts[name] = change(parts.get(name, b"")) if callable(change) else change
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)


def add_shared_strings(path: Path, strings: list[str]) -> None:
    """Give an openpyxl workbook (which writes inline strings) a shared strings part, as Excel's have."""
    items = "".join(f"<si><t>{s}</t></si>" for s in strings)
    rewrite(path, {
        "xl/sharedStrings.xml": f'<sst xmlns="{NS}" count="{len(strings)}">{items}</sst>'.encode(),
        "[Content_Types].xml": lambda b: b.replace(
            b"</Types>",
            b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            b'spreadsheetml.sharedStrings+xml"/></Types>'),
        "xl/_rels/workbook.xml.rels": lambda b: b.replace(
            b"</Relationships>",
            b'<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            b'sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
    })


SML = "application/vnd.openxmlformats-officedocument.spreadsheetml"
CONTENT_TYPES = (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{SML}.sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{SML}.worksheet+xml"/>'
    f'<Override PartName="/xl/styles.xml" ContentType="{SML}.styles+xml"/>'
    f'<Override PartName="/xl/sharedStrings.xml" ContentType="{SML}.sharedStrings+xml"/></Types>'
)


def raw_workbook(path: Path, sheet_xml: str, *, book_pr: str = "", styles: str | None = None,
                 strings: list[str] | None = None, compress: int = zipfile.ZIP_DEFLATED) -> None:
    """A minimal .xlsx from hand-written parts (one worksheet)."""
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook xmlns="{NS}" xmlns:r="{rel}">{book_pr}'
                           '<sheets><sheet name="Hoja1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                      f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
                                      f'<Relationship Id="rId2" Type="{rel}/styles" Target="styles.xml"/>'
                                      f'<Relationship Id="rId3" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>'
                                      "</Relationships>",
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    parts["xl/styles.xml"] = styles or f'<styleSheet xmlns="{NS}"/>'
    items = "".join(f"<si><t>{escape(s)}</t></si>" for s in strings or [])
    parts["xl/sharedStrings.xml"] = f'<sst xmlns="{NS}">{items}</sst>'
    with zipfile.ZipFile(path, "w", compress) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)


def worksheet(rows: str, *, dimension: str | None = None, tail: str = "") -> str:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return f'<worksheet xmlns="{NS}">{dim}<sheetData>{rows}</sheetData>{tail}</worksheet>'


DATE_STYLES = (f'<styleSheet xmlns="{NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="[h]:mm"/></numFmts>'
               '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>')


def corrupt_crc(path: Path, member: str) -> None:
    """Flip the member's CRC-32 in its local header and in the central directory (what zipfile checks)."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(member)
    bad = struct.pack("<I", info.CRC ^ 0xFFFFFFFF)
    data[info.header_offset + 14 : info.header_offset + 18] = bad
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        name_len = struct.unpack("<H", data[central + 28 : central + 30])[0]
        if bytes(data[central + 46 : central + 46 + name_len]) == member.encode():
            data[central + 16 : central + 20] = bad
            break
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))


def all_rows(sheet: Sheet) -> list[list[str]]:
    return sheet.rows(0, 10**7)


def trimmed(rows: list[list[str]]) -> list[list[str]]:
    out = [list(r) for r in rows]
    for r in out:
        while r and r[-1] == "":
            r.pop()
    while out and not out[-1]:
        out.pop()
    return out


Books = Callable[[Path], SheetPreview]  # the ``books`` fixture (conftest.py)


# ------------------------------------------------------------------ where cells land, what they read as


@pytest.fixture
def c3_book(tmp_path: Path) -> Path:
    """A sheet whose data starts at C3, with a gap row, an empty cell, dates, a time, a duration,
    booleans, shared strings, a rich inline string and formulas with cached results."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Movimientos"
    for col, head in zip("CDEFG", ["Cuenta", "Fecha", "Valor", "Doble", "Texto"], strict=True):
        ws[f"{col}3"] = head
    ws["C4"], ws["D4"], ws["E4"], ws["F4"], ws["G4"] = "110505 Caja", dt.date(2024, 12, 31), 1500.25, "=E4*2", "rich"
    ws["D5"], ws["E5"], ws["F5"], ws["G5"] = dt.datetime(2024, 1, 2, 9, 15), True, "=1/0", '=C4&"!"'
    ws["C7"], ws["D7"], ws["E7"], ws["F7"], ws["G7"] = "fin", dt.time(14, 30, 5), dt.timedelta(hours=30, minutes=5), 42, False
    ws["F7"].number_format = "0"
    path = tmp_path / "c3.xlsx"
    wb.save(path)

    def cached(xml: bytes) -> bytes:
        text = xml.decode()
        text = text.replace('<c r="C3" t="inlineStr"><is><t>Cuenta</t></is></c>', '<c r="C3" t="s"><v>0</v></c>')
        text = text.replace('<c r="C4" t="inlineStr"><is><t>110505 Caja</t></is></c>', '<c r="C4" t="s"><v>1</v></c>')
        text = text.replace('<c r="G4" t="inlineStr"><is><t>rich</t></is></c>',
                            '<c r="G4" t="inlineStr"><is><r><t xml:space="preserve">Café </t></r>'
                            "<r><rPr><b/></rPr><t>Ñandú</t></r></is></c>")
        text = re.sub(r'<c r="F4"><f>E4\*2</f><v ?/></c>', '<c r="F4"><f>E4*2</f><v>3000.5</v></c>', text)
        text = re.sub(r'<c r="F5"><f>1/0</f><v ?/></c>', '<c r="F5" t="e"><f>1/0</f><v>#DIV/0!</v></c>', text)
        text = re.sub(r'<c r="G5"><f>(.*?)</f><v ?/></c>', r'<c r="G5" t="str"><f>\1</f><v>110505 Caja!</v></c>', text)
        assert text.count("<v>") >= 12 and 't="s"' in text and "<r><rPr>" in text, text
        return text.encode()

    rewrite(path, {"xl/worksheets/sheet1.xml": cached})
    add_shared_strings(path, ["Cuenta", "110505 Caja"])
    return path


def openpyxl_text(cell: Any) -> str:
    """What a cell should read, from what openpyxl (not our reader) says of it: its value and its
    number format code, written by our formatter."""
    from clientvault.preview.numfmt import compile_code

    number = compile_code(cell.number_format)
    if cell.value is None or isinstance(cell.value, bool) or number is None:
        return format_cell(cell.value)
    return number.format(cell.value)[0]


def test_every_cell_where_and_as_openpyxl_reads_it(c3_book: Path, books: Books) -> None:
    import openpyxl

    ws = openpyxl.load_workbook(c3_book, data_only=True).active
    book = books(c3_book)
    sheet = book.sheet(book.sheets[0].index)
    assert sheet.rows(0, 2) == [[], []]  # rows 1 and 2 are empty: nothing shifts the data up
    assert sheet.cell(2, 2) == "Cuenta"  # the header is in C3, not in A1 and not two rows down
    checked = 0
    for row in ws.iter_rows(min_row=1, min_col=1, max_row=ws.max_row, max_col=ws.max_column):
        for c in row:
            assert sheet.cell(c.row - 1, c.column - 1) == openpyxl_text(c), c.coordinate
            checked += c.value is not None
    assert checked == 19
    assert sheet.rows(2, 5) == [
        ["", "", "Cuenta", "Fecha", "Valor", "Doble", "Texto"],
        ["", "", "110505 Caja", "2024-12-31", "1500,25", "3000,5", "Café Ñandú"],  # openpyxl's yyyy-mm-dd
        ["", "", "", "2024-01-02 9:15:00", "VERDADERO", "#DIV/0!", "110505 Caja!"],
        [],  # row 6: a gap between data rows is an empty row
        ["", "", "fin", "14:30:05", "30:05:00", "42", "FALSO"],
    ]
    assert (sheet.row_count, sheet.column_count) == (7, 7)  # <dimension ref="C3:G7">, counted from A1
    book.close()


def test_rows_and_cells_without_references_take_the_next_place(tmp_path: Path, books: Books) -> None:
    path = tmp_path / "noref.xlsx"
    rows = ('<row r="2"><c><v>1</v></c><c><v>2</v></c><c r="E2"><v>5</v></c><c><v>6</v></c></row>'
            '<row><c t="inlineStr"><is><t>next</t></is></c></row>'
            '<row r="6"><c r="B6" t="b"><v>1</v></c></row>')
    raw_workbook(path, worksheet(rows))
    sheet = books(path).sheet(0)
    assert sheet.row_count is None  # no <dimension>: unknown until the end
    assert all_rows(sheet) == [[], ["1", "2", "", "", "5", "6"], ["next"], [], [], ["", "VERDADERO"]]
    assert sheet.row_count == 6


def test_values_of_every_cell_type(tmp_path: Path, books: Books) -> None:
    path = tmp_path / "types.xlsx"
    rows = ('<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="e"><v>#N/A</v></c>'
            '<c r="C1" t="str"><f>A1</f><v>dos_x000D_</v></c><c r="D1" t="d"><v>2024-03-01T14:30:00</v></c>'
            '<c r="E1"><v>1E+20</v></c><c r="F1"><v>-3</v></c><c r="G1" t="s"><v>99</v></c>'
            '<c r="H1"><f>SUM(1)</f></c><c r="I1" t="inlineStr"><is><t>a&amp;b &lt;c&gt;</t></is></c></row>'
            '<row r="2"><c r="A2" s="1"><v>45292</v></c><c r="B2" s="1"><v>0.5</v></c><c r="C2" s="2"><v>1.25</v></c>'
            '<c r="D2" s="1"><v>60</v></c><c r="E2" s="1"><v>61</v></c><c r="F2" s="1"><v>3000000</v></c></row>')
    raw_workbook(path, worksheet(rows), styles=DATE_STYLES, strings=["uno", "Uno y <dos>"])
    row1, row2 = books(path).sheet(0).rows(0, 2)
    assert row1 == ["Uno y <dos>", "#N/A", "dos\r", "01/03/2024 14:30", "1E+20", "-3", "", "", "a&b <c>"]
    # A date style turns serials into dates (1900 system; 60 is Excel's phantom 29 Feb 1900, shown as 28),
    # below 1 into a time of day, an elapsed format into hours; past 9999-12-31 the number stays.
    assert row2 == ["01/01/2024", "12:00", "30:00", "28/02/1900", "01/03/1900", "3000000"]


@pytest.mark.filterwarnings("ignore:Workbook contains no default style")
def test_1904_date_system(tmp_path: Path, books: Books) -> None:
    import openpyxl

    path = tmp_path / "mac.xlsx"
    rows = '<row r="1"><c r="A1" s="1"><v>1</v></c><c r="B1" s="1"><v>43830</v></c></row>'
    raw_workbook(path, worksheet(rows, dimension="A1:B1"), book_pr='<workbookPr date1904="1"/>', styles=DATE_STYLES)
    ws = openpyxl.load_workbook(path).active
    assert ws["A1"].value == dt.datetime(1904, 1, 2)
    assert books(path).sheet(0).rows(0, 1) == [[format_cell(ws["A1"].value), format_cell(ws["B1"].value)]]
    assert books(path).sheet(0).rows(0, 1) == [["02/01/1904", "01/01/2024"]]


SST_BODIES = {
    "plain": '<si><t>uno</t></si><si><t xml:space="preserve"> dos </t></si><si><t>Pérez &amp; Cía &#233;&#xE9;</t></si>',
    "rich": '<si><t>uno</t></si><si><r><t>do</t></r><r><rPr><b/></rPr><t>s</t></r><rPh><t>ふ</t></rPh></si>',
    "spaced": "<si><t>uno</t></si>\n  <si><t>dos</t></si>",
    "empty t": "<si><t/></si><si><t>dos</t></si>",
    "control": "<si><t>a_x000D_b</t></si><si><t>a\r\nb</t></si>",
}


@pytest.mark.parametrize("name", list(SST_BODIES))
def test_shared_strings_fast_path_reads_as_the_parser(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from clientvault.preview import xlsx_book

    data = f'<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="{NS}" count="2">{SST_BODIES[name]}</sst>'.encode()
    fast = xlsx_book.read_shared_strings(data, "sst")
    start = xlsx_book.refuse_dtd(data, "sst")
    assert (xlsx_book._simple_strings(data, start) is not None) == (name == "plain")  # the others take the parser
    monkeypatch.setattr(xlsx_book, "_simple_strings", lambda *_: None)
    assert fast == xlsx_book.read_shared_strings(data, "sst")
    if name == "plain":
        assert fast == ["uno", " dos ", "Pérez & Cía éé"]


def test_shared_strings_with_an_unknown_entity_are_damaged() -> None:
    from clientvault.preview import xlsx_book

    with pytest.raises(PreviewError):
        xlsx_book.read_shared_strings(f'<sst xmlns="{NS}"><si><t>a&nbsp;b</t></si></sst>'.encode(), "sst")


def test_date_formats_are_told_from_number_formats() -> None:
    assert date_kind("dd/mm/yyyy") == date_kind("[$-240A]d\\-mmm\\-yy;@") == date_kind("h:mm AM/PM") == 1
    assert date_kind("[h]:mm:ss") == date_kind("[mm]:ss") == 2
    for plain in ("General", "0.00", '#,##0 "días"', "[Red]-0.00", '_("$"* #,##0_)', "0.0\\m", "@", "0%"):
        assert date_kind(plain) == 0, plain


def test_style_index_of_each_cell_is_reachable(tmp_path: Path, books: Books) -> None:
    path = tmp_path / "styled.xlsx"
    raw_workbook(path, worksheet('<row r="1"><c r="A1" s="1"><v>45292</v></c><c r="B1"><v>7</v></c></row>'),
                 styles=DATE_STYLES)
    preview = books(path)
    formats = preview.number_formats
    assert isinstance(formats, NumberFormats) and formats.xf_format == [0, 14, 164] and formats.codes[164] == "[h]:mm"
    with zipfile.ZipFile(path) as zf:
        stream = WorksheetStream(zf.open("xl/worksheets/sheet1.xml"), "sheet1", [], formats, False, styled=True)
        assert next(stream.rows()) == ([dt.datetime(2024, 1, 1), 7.0], [1, 0])  # values, and each cell's style
        stream.close()


def test_strict_ooxml_and_corpus_merges(corpus: Path, books: Books) -> None:
    strict = books(corpus / "SampleSS.strict.xlsx")
    assert [s.name for s in strict.sheets] == ["First Sheet", "Sheet Number 2", "Sheet3"]
    assert strict.sheet(0).rows(0, 4) == [["Test spreadsheet"], ["2nd row", "2nd row 2nd column"], [], ["This one is red"]]
    budget = books(corpus / "simple-monthly-budget.xlsx").sheet(0)
    assert sorted(budget.merged) == [(3, 4, 4, 6), (3, 7, 4, 7), (7, 1, 7, 2), (7, 6, 7, 7), (8, 6, 8, 7)]
    assert budget.cell(0, 0) == "SIMPLE MONTHLY BUDGET"
    merged = books(corpus / "merged_range.xlsx")
    assert len(merged.sheet(0).merged) == 9 and len(merged.sheet(1).merged) == 6


# ------------------------------------------------------------------ big sheets: read only what is shown


def big_sheet_xml(rows: int, *, merges: bool = True) -> str:
    rnd = random.Random(7)  # varied digits: the part compresses like real data, not 1000:1
    body = "".join(
        f'<row r="{r}"><c r="A{r}"><v>{r}</v></c><c r="B{r}"><v>{rnd.random():.12f}</v></c>'
        f'<c r="C{r}" t="inlineStr"><is><t>Pago {rnd.randrange(10**9)}</t></is></c></row>'
        for r in range(1, rows + 1)
    )
    tail = '<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>' if merges else ""
    return worksheet(body, tail=tail)


@pytest.fixture(scope="module")
def big_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "200000.xlsx"
    raw_workbook(path, big_sheet_xml(200_000))
    return path


class CountingReader:
    """Wraps the worksheet's ZIP member to count what the reader pulled out of it."""

    opened: list[CountingReader] = []

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.read_bytes = 0
        self.closed = False
        CountingReader.opened.append(self)

    def read(self, n: int = -1) -> bytes:
        data = self.inner.read(n)
        self.read_bytes += len(data)
        return data

    def close(self) -> None:
        self.closed = True
        self.inner.close()

    def __enter__(self) -> CountingReader:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> type[CountingReader]:
    real = sheet_module.open_member
    CountingReader.opened = []
    monkeypatch.setattr(sheet_module, "open_member", lambda zf, part: CountingReader(real(zf, part)))
    return CountingReader


def test_first_screen_of_a_big_sheet_stops_early(big_book: Path, counting: type[CountingReader], books: Books) -> None:
    with zipfile.ZipFile(big_book) as zf:
        size = zf.getinfo("xl/worksheets/sheet1.xml").file_size
    assert size > sheet_module.SCAN_WHOLE_BELOW  # streamed, not inflated whole at open
    book = books(big_book)
    sheet = book.sheet(0)
    first = sheet.rows(0, 200)
    assert first[0][0] == "1" and first[199][0] == "200" and first[199][2].startswith("Pago ")
    (member,) = counting.opened
    assert 0 < member.read_bytes < size / 50  # the first 200 of 200,000 rows: a few chunks, not the part
    assert sheet.merged == [] and sheet.row_count is None
    more = sheet.rows(200, 200)  # scrolling parses on from where it stopped
    assert more[0][0] == "201" and member.read_bytes < size / 20
    book.close()
    assert member.closed  # SheetPreview.close() released the ZIP member


def test_streamed_sheet_learns_merges_and_count_at_its_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          qtbot: Any, books: Books) -> None:
    from clientvault.ui.preview.sheet_view import SheetView

    monkeypatch.setattr(sheet_module, "SCAN_WHOLE_BELOW", 0)  # stream it, as a sheet over 8 MB would be
    path = tmp_path / "streamed.xlsx"
    raw_workbook(path, big_sheet_xml(20_000))
    preview = books(path)
    sheet = preview.sheet(0)
    view = SheetView(preview, sheet)
    qtbot.addWidget(view)
    table = view.current_table()
    assert sheet.merged == [] and table.columnSpan(0, 0) == 1
    model = table.model()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == sheet.row_count == 20_000 and model.index(19_999, 0).data() == "20000"
    assert sheet.merged == [(0, 0, 0, 2)]  # after the last row, where the part keeps them
    assert table.columnSpan(0, 0) == 3  # and the table spans them then


def test_cancelled_between_blocks(big_book: Path, counting: type[CountingReader], books: Books) -> None:
    sheet = books(big_book).sheet(0)
    calls = {"n": 0}

    def cancelled() -> bool:  # says stop at its third question (the sheet asks every 1,000 rows)
        calls["n"] += 1
        return calls["n"] > 2

    with pytest.raises(PreviewCancelled):
        sheet.rows(0, 100_000, cancelled=cancelled)
    assert calls["n"] == 3
    with zipfile.ZipFile(big_book) as zf:
        assert counting.opened[0].read_bytes < zf.getinfo("xl/worksheets/sheet1.xml").file_size / 20


# ------------------------------------------------------------------ counts that lie, columns far away


def test_dimension_that_lies_low_and_absent(tmp_path: Path, qtmodeltester: Any, books: Books) -> None:
    from clientvault.ui.preview.sheet_view import BLOCK, SheetModel

    rows = "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in range(1, 451))
    for dimension in ("A1:B2", None, "A1:XFD1048576"):
        path = tmp_path / f"dim-{dimension and dimension[-1]}.xlsx"
        raw_workbook(path, worksheet(rows, dimension=dimension))
        sheet = books(path).sheet(0)
        model = SheetModel(sheet)
        assert model.rowCount() == BLOCK
        if dimension != "A1:XFD1048576":  # the tester visits every cell: 16,384 columns of them
            qtmodeltester.check(model)
        while model.canFetchMore():
            model.fetchMore()
        assert model.rowCount() == 450 and model.index(449, 0).data() == "450", dimension
        assert sheet.row_count == 450 and not model.canFetchMore()


def test_a_cell_at_xfd_widens_its_row_only(tmp_path: Path, books: Books) -> None:
    path = tmp_path / "far.xlsx"
    rows = ('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c>'
            '<c r="XFD2" t="inlineStr"><is><t>lejos</t></is></c><c r="XFE2"><v>9</v></c></row>'
            '<row r="3"><c r="B3"><v>3</v></c></row>')
    raw_workbook(path, worksheet(rows, dimension="A1:XFD3"))
    sheet = books(path).sheet(0)
    one, two, three = sheet.rows(0, 3)
    assert one == ["1"] and three == ["", "3"]  # other rows stay as short as their cells
    assert len(two) == 16_384 and two[-1] == "lejos"  # XFE (past Excel's last column) is dropped
    assert sheet.column_count == 16_384


def test_a_cell_at_xfd_in_every_row_stops_at_the_cell_budget(tmp_path: Path, books: Books) -> None:
    path = tmp_path / "wide.xlsx"
    rows = "".join(f'<row r="{r}"><c r="XFD{r}"><v>{r}</v></c></row>' for r in range(1, 400))
    raw_workbook(path, worksheet(rows))
    sheet = books(path).sheet(0)
    assert len(sheet.rows(0, 200)) == 200  # the first screen still shows (3.3 M slots, < the budget)
    with pytest.raises(PreviewError) as info:
        sheet.rows(0, 400)
    assert "demasiado grande" in info.value.message
    assert len(sheet.rows(0, 400)) == MAX_SHEET_CELLS // 16_384  # what was read stays; no second raise
    assert sheet.error is info.value


def test_last_row_of_a_sparse_sheet(tmp_path: Path, books: Books) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active["A1"] = "x"
    wb.active["XFD1048576"] = "y"
    path = tmp_path / "sparse.xlsx"
    wb.save(path)
    sheet = books(path).sheet(0)
    rows = all_rows(sheet)
    assert len(rows) == 1_048_576 and rows[-1][-1] == "y" and len(rows[-1]) == 16_384
    assert all(r is rows[1] for r in rows[1:-1])  # a million gap rows share one empty list


# ------------------------------------------------------------------ hostile and damaged parts


def test_doctype_refused_before_parsing(tmp_path: Path, corpus: Path, books: Books) -> None:
    bomb = ('<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
            + worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row>'))
    path = tmp_path / "bomb.xlsx"
    raw_workbook(path, bomb)
    with pytest.raises(PreviewError) as info:
        books(path).sheet(0).rows(0, 1)
    assert "dañado" in info.value.message
    utf16 = tmp_path / "bomb16.xlsx"
    raw_workbook(utf16, "")
    rewrite(utf16, {"xl/worksheets/sheet1.xml": bomb.replace('version="1.0"', 'version="1.0" encoding="UTF-16"')
                    .encode("utf-16")})
    with pytest.raises(PreviewError):
        books(utf16).sheet(0).rows(0, 1)
    with pytest.raises(PreviewError) as info:  # the corpus' billion laughs sits in sharedStrings.xml
        books(corpus / "poc-xmlbomb.xlsx")
    assert "dañado" in info.value.message
    # A comment before the root is fine; a DTD after a comment is not.
    ok = tmp_path / "comment.xlsx"
    raw_workbook(ok, "<?xml version='1.0'?><!-- <!DOCTYPE x> -->" + worksheet('<row r="1"><c r="A1"><v>1</v></c></row>'))
    assert books(ok).sheet(0).rows(0, 1) == [["1"]]
    later = tmp_path / "later.xlsx"
    raw_workbook(later, "<!-- hola --><!DOCTYPE worksheet>" + worksheet(""))
    with pytest.raises(PreviewError):
        books(later).sheet(0)


def test_bad_crc_of_a_small_sheet_refused_at_open(tmp_path: Path, books: Books) -> None:
    path = tmp_path / "crc.xlsx"
    raw_workbook(path, worksheet('<row r="1"><c r="A1"><v>1</v></c></row>'))
    corrupt_crc(path, "xl/worksheets/sheet1.xml")
    with pytest.raises(PreviewError) as info:
        books(path).sheet(0)
    assert "dañado o incompleto" in info.value.message


def test_bad_crc_found_while_scrolling_is_told_in_the_view(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            qtbot: Any, books: Books) -> None:
    from clientvault.ui.preview.sheet_view import SheetView

    monkeypatch.setattr(sheet_module, "SCAN_WHOLE_BELOW", 0)  # stream it, as a sheet over 8 MB would be
    path = tmp_path / "crc-big.xlsx"
    raw_workbook(path, big_sheet_xml(2_000, merges=False))
    corrupt_crc(path, "xl/worksheets/sheet1.xml")
    preview = books(path)
    first = preview.sheet(0)
    assert len(first.rows(0, 200)) == 200  # the CRC is only known at the end of the member
    view = SheetView(preview, first)
    qtbot.addWidget(view)
    model = view.current_table().model()
    failures: list[str] = []
    model.failed.connect(failures.append)
    while model.canFetchMore():
        model.fetchMore()  # what scrolling does; must not raise into Qt
    assert failures and "dañado o incompleto" in failures[0]
    # zipfile raises at the chunk that ends the member, so the rows of that last chunk are lost; those
    # read before stay shown, and the sheet and the table agree on them.
    assert model.error == failures[0] and 1_000 < model.rowCount() == len(all_rows(first)) < 2_000
    assert "Hoja1" in view.note.text() and "dañado" in view.note.text() and not view.note.isHidden()
    preview.close()


def test_corrupt_deflate_stream_while_scrolling(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, books: Books) -> None:
    monkeypatch.setattr(sheet_module, "SCAN_WHOLE_BELOW", 0)
    path = tmp_path / "cut.xlsx"
    raw_workbook(path, big_sheet_xml(20_000, merges=False))
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    middle = start + info.compress_size // 2
    data[middle : middle + 64] = bytes(64)  # zeroes in the middle of the deflate stream
    path.write_bytes(bytes(data))
    sheet = books(path).sheet(0)
    assert sheet.rows(0, 200)[0][0] == "1"
    with pytest.raises(PreviewError) as info_:
        all_rows(sheet)
    assert "dañado" in info_.value.message


def test_chartsheets_only_and_workbook_without_parts(tmp_path: Path, books: Books) -> None:
    path = tmp_path / "chart.xlsx"
    raw_workbook(path, worksheet(""))
    rewrite(path, {"xl/_rels/workbook.xml.rels": lambda b: b.replace(b"/worksheet\"", b"/chartsheet\"")})
    book = books(path)  # a workbook of chartsheets shows their tabs, each saying it has charts
    sheet = book.sheet(book.sheets[0].index)
    assert sheet.rows(0, 10) == [] and sheet.charts_only
    rewrite(path, {"xl/_rels/workbook.xml.rels": lambda b: b.replace(b"/chartsheet\"", b"/dialogsheet\"")})
    with pytest.raises(PreviewError) as info:
        books(path)
    assert info.value.kind == "unsupported" and "no tiene hojas con celdas" in info.value.message
    docx_like = tmp_path / "not-a-book.xlsx"
    with zipfile.ZipFile(docx_like, "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(PreviewError) as info:
        books(docx_like)
    assert "No es un archivo de Excel" in info.value.message


def test_password_protected_keeps_its_message(corpus: Path, books: Books) -> None:
    with pytest.raises(PreviewError) as info:
        books(corpus / "pass_protected.xlsx")
    assert info.value.kind == "password"


def test_preview_close_releases_every_open_sheet(tmp_path: Path, counting: type[CountingReader], books: Books) -> None:
    path = tmp_path / "two.xlsx"
    raw_workbook(path, big_sheet_xml(1_000))
    preview: SheetPreview = books(path)
    preview.sheet(0).rows(0, 10)
    preview.close()
    assert counting.opened and all(m.closed for m in counting.opened)
