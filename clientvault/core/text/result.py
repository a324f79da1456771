"""What extracting one file gives back, and the one place its text is bounded.

The result is a plain frozen value with JSON-friendly fields, because it crosses a process boundary
(the worker sends it as one JSON line) and ends up in the catalog's index.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass
from typing import Any, Literal

MAX_CHARS = 2_000_000  # about 1,000 dense pages: far more than any document we keep needs to be found

Status = Literal["ok", "empty", "failed", "needs_ocr"]
STATUSES: tuple[Status, ...] = ("ok", "empty", "failed", "needs_ocr")

# Control characters turn up in PDF text layers where a font maps a space or hyphen glyph badly
# (habibi-rotated.pdf has "\x03" between words): a space keeps the words apart. A form feed or
# vertical tab is a break; carriage returns become newlines.
# Control characters become spaces, vertical tab, form feed and a lone CR line breaks. Two regular
# expressions, not str.translate with a table: translate costs ~45 ns a character (a tenth of a
# text PDF's extraction, bench/search.py), a search that finds nothing almost none.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_BREAKS = re.compile(r"[\x0b\x0c\r]")

# When the cut at MAX_CHARS falls inside a word, look this far back for whitespace before cutting
# mid-word anyway (a 2 MB run without a space is not prose; cutting it anywhere is as good).
_CUT_LOOKBACK = 1000


@dataclass(frozen=True)
class Extracted:
    """The text of one file.

    ``status``: "ok" text found; "empty" readable but holds no text; "failed" unreadable, hostile,
    password-protected or over its time limit; "needs_ocr" it has scanned pages or images that could
    not be read because Tesseract is missing (or OCR was turned off): ``text`` may hold the rest.
    ``pages`` counts pages, images (frames) or sheets looked at; ``ocr_pages`` those read by OCR.
    ``note`` is plain English for the log: why it failed, which pages timed out or were left out.
    """

    text: str
    status: Status
    pages: int = 0
    ocr_pages: int = 0
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Extracted:
        """Rebuild a reply, trusting nothing: a wrong field type or status is a ValueError."""
        text, status, note = data.get("text"), data.get("status"), data.get("note", "")
        pages, ocr_pages = data.get("pages", 0), data.get("ocr_pages", 0)
        if not (isinstance(text, str) and isinstance(note, str) and status in STATUSES
                and type(pages) is int and type(ocr_pages) is int):
            raise ValueError(f"not an extraction result: {sorted(data)}")
        return cls(bound(text), status, pages, ocr_pages, note)


def failed(note: str, pages: int = 0, ocr_pages: int = 0) -> Extracted:
    return Extracted("", "failed", pages, ocr_pages, note)


def bound(text: str) -> str:
    """NFC, without control characters, "\n" line ends, stripped, at most MAX_CHARS characters, cut at
    a whitespace boundary where one is near."""
    text = _BREAKS.sub("\n", _CONTROLS.sub(" ", text.replace("\r\n", "\n")))
    if not unicodedata.is_normalized("NFC", text):  # a quick check, far cheaper than normalizing
        text = unicodedata.normalize("NFC", text)
    text = text.strip()
    if len(text) <= MAX_CHARS:
        return text
    if not text[MAX_CHARS].isspace():
        head = text[: MAX_CHARS + 1]
        cut = max(head.rfind(" "), head.rfind("\n"), head.rfind("\t"))
        if cut >= MAX_CHARS - _CUT_LOOKBACK:
            return text[:cut].rstrip()
    return text[:MAX_CHARS].rstrip()
