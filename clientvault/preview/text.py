"""CSV and plain text, shown as a table with the same API as a spreadsheet.

Encoding: a BOM wins (UTF-8/UTF-16); then strict UTF-8; then Windows-1252, which is what Excel on
Windows in Latin America writes and a superset of Latin-1 for printable text (bytes it leaves
undefined fall back to Latin-1). Delimiter: counted on the first lines among ``,`` ``;`` tab and
``|`` (a CSV from a Spanish-language Excel uses ``;`` because ``,`` is the decimal separator), with
``csv.Sniffer`` to break ties. Quoted fields may hold newlines and doubled quotes (RFC 4180).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from clientvault.core.filetypes import utf16_encoding
from clientvault.core.i18n import t
from clientvault.preview.base import Cancelled, check
from clientvault.preview.sheet import Sheet, SheetInfo, SheetPreview

csv.field_size_limit(10 * 1024 * 1024)  # the file itself is at most 5 MB

DELIMITERS = ",;\t|"


def decode(data: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was read with."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace"), "utf-8-sig"
    utf16 = utf16_encoding(data)  # with a BOM, or without one (the vault accepts both as text)
    if utf16 is not None:
        return data.decode(utf16, "replace"), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def sniff_delimiter(text: str) -> str:
    sample_lines = text[: 64 * 1024].splitlines()[:50]
    if not sample_lines:
        return ","
    best, best_score = ",", 0
    for d in DELIMITERS:
        counts = [line.count(d) for line in sample_lines if line.strip()]
        if not counts or counts[0] == 0:
            continue
        # Prefer a delimiter that appears the same number of times on most lines.
        consistent = sum(1 for c in counts if c == counts[0])
        score = consistent * 100 + counts[0]
        if score > best_score:
            best, best_score = d, score
    if best_score == 0:
        try:
            return csv.Sniffer().sniff(text[: 16 * 1024], delimiters=DELIMITERS).delimiter
        except csv.Error:
            return ","
    return best


class TextPreview(SheetPreview):
    """A CSV as a one-sheet workbook (``sheet(0)``); ``text`` is the decoded file for plain text."""

    kind = "text"

    def __init__(self, name: str, text: str, encoding: str, delimiter: str | None) -> None:
        self.text = text
        self.encoding = encoding
        self.delimiter = delimiter  # None: plain text, one line per row
        info = SheetInfo(0, name)
        super().__init__(name, [info], self._load)

    def _load(self, _index: int, cancelled: Cancelled | None) -> Sheet:
        check(cancelled)
        # Parsed whole on first use: at most 5 MB, a fraction of a second, and the table then knows its size.
        rows: list[list[str]]
        if self.delimiter is None:
            rows = [[line] for line in self.text.splitlines()]
        else:
            rows = []
            for row in csv.reader(io.StringIO(self.text, newline=""), delimiter=self.delimiter):
                rows.append(row)
                if len(rows) % 5000 == 0:
                    check(cancelled)
        columns = max((len(r) for r in rows), default=0)
        return Sheet(self.name, iter(rows), len(rows), columns, formatter=str)


def open_text(
    path: str | Path, *, data: bytes | None = None, as_table: bool | None = None, cancelled: Cancelled | None = None
) -> TextPreview:
    """Decode a .csv/.txt; ``as_table`` defaults to True for .csv/.tsv names."""
    path = Path(path)
    if data is None:
        data = path.read_bytes()
    check(cancelled)
    text, encoding = decode(data)
    if as_table is None:
        as_table = path.suffix.lower() in (".csv", ".tsv")
    delimiter = ("\t" if path.suffix.lower() == ".tsv" else sniff_delimiter(text)) if as_table else None
    if not text.strip():
        text = t("(El archivo no tiene texto)", "(The file has no text)")
        delimiter = None
    return TextPreview(path.name, text, encoding, delimiter)
