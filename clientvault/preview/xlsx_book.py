"""The small parts of an .xlsx/.xlsm, read whole: package relationships, the workbook (sheet names,
order, visibility, kinds, date system), shared strings and number formats; and the one check every
XML part we parse goes through first.

* Names are matched on local names, so Transitional and Strict OOXML
  (``http://purl.oclc.org/ooxml/spreadsheetml/main``, SampleSS.strict.xlsx) read the same.
* Every XML part must be UTF-8 (what Excel and LibreOffice write): a UTF-16/32 byte order mark, NUL
  bytes or an ``encoding=`` other than UTF-8 before the root element is refused as damaged. Its prolog
  (declaration, comments, processing instructions) is scanned and a ``<!DOCTYPE`` (and so any
  ``<!ENTITY``) there is refused (poc-xmlbomb.xlsx is refused before a byte of it is parsed). And the
  parser is handed the bytes from the root element's ``<name`` on, never the prolog: a DTD is only
  allowed before the root element, so whatever the scan missed, expat cannot meet one and has no entity
  to expand; an entity reference other than the five predefined ones is a parse error.
* Shared strings must be read in full (any cell may point at any of them); they are streamed and
  each ``<si>`` dropped once read, so a big table costs its strings and not a tree of them.
* Styles (number formats, fonts, fills, the theme's colours) are read by :mod:`xlsx_styles`.
"""

from __future__ import annotations

import codecs
import logging
import posixpath
import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from clientvault.preview.base import Cancelled, check, damaged

log = logging.getLogger(__name__)

PROLOG_LIMIT = 64 * 1024  # an XML part whose root element does not start within this is refused


def local_name(tag: str) -> str:
    return tag.rpartition("}")[2]


# ---------------------------------------------------------------- XML safety


def refuse_dtd(head: bytes, part: str) -> int:
    """Where the root element of a UTF-8 part starts in ``head`` (its first bytes); damaged() if any
    ``<!...>`` declaration comes before it, if the part is not UTF-8, or if there is no root element in
    the first ``PROLOG_LIMIT`` bytes.

    Callers parse ``head[offset:]`` on, so expat never sees the prolog at all (see the module doc). Only
    UTF-8 is accepted because only then is this byte scan what expat reads: in UTF-8 no byte of a
    multi-byte character is ASCII, so ``<``, ``?``, ``!`` and ``>`` here are markup; a UTF-16 part read
    with its NULs dropped was not (a CJK character in a processing instruction read as ``?><A``, and a
    DOCTYPE after it went through).
    """
    text = bytes(head[:PROLOG_LIMIT])
    i = len(codecs.BOM_UTF8) if text.startswith(codecs.BOM_UTF8) else 0
    if text.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in text[:4]:
        log.warning("%s is not UTF-8 (UTF-16/32): refused", part)  # the person reads "damaged"; the log says why
        raise damaged()
    if text.startswith(b"<?xml", i) and text[i + 5 : i + 6].isspace():
        found = _DECLARED.match(text, i)
        if found is None or (found.group(1) is not None and found.group(1).lower() not in _UTF8_NAMES):
            log.warning("%s: XML declaration %r refused (only UTF-8 is read)", part, text[i : i + 100])
            raise damaged()
    while (j := text.find(b"<", i)) >= 0:
        if text[i:j].strip(b" \t\r\n"):
            break  # text before the root element: not XML
        if text.startswith(b"<?", j):
            k = text.find(b"?>", j + 2)
            i = k + 2
        elif text.startswith(b"<!--", j):
            k = text.find(b"-->", j + 4)
            i = k + 3
        elif text.startswith(b"<!", j):
            log.warning("%s declares a DTD: refused", part)
            raise damaged()
        elif _NAME_START.match(text, j + 1) and b"\x00" not in text[:j]:
            return j  # the root element: nothing before it could declare an entity, and the parser starts here
        else:
            break
        if k < 0:
            break
    log.warning("%s: no root element in its first %d bytes", part, PROLOG_LIMIT)
    raise damaged()


_DECLARED = re.compile(rb"""<\?xml\s[^<>]*?(?:\bencoding\s*=\s*["']([^"'<>]*)["'][^<>]*)?\?>""")
_UTF8_NAMES = (b"utf-8", b"utf8", b"us-ascii", b"ascii")  # ASCII is UTF-8 too
_NAME_START = re.compile(rb"[A-Za-z_:\x80-\xff]")  # a root element's first name byte (non-ASCII: a UTF-8 lead byte)


def parse_small_part(data: bytes, part: str) -> ET.Element:
    """A whole small part (workbook, relationships, styles) as a tree; damaged() if it is not XML."""
    start = refuse_dtd(data, part)
    try:
        return ET.fromstring(data[start:])
    except ET.ParseError as exc:
        raise damaged() from exc


_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def unescape(text: str) -> str:
    """OOXML writes control characters as ``_x000D_``; Excel shows the character."""
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


# ---------------------------------------------------------------- workbook


@dataclass(frozen=True)
class SheetEntry:
    name: str
    part: str | None  # the ZIP member of a worksheet; None when the relationship is missing
    kind: str  # "worksheet", "chartsheet", "dialogsheet", "macrosheet"
    state: str  # "visible", "hidden", "veryHidden"
    charts: bool = False  # its drawing holds a chart (a chartsheet always does)


@dataclass
class Book:
    sheets: list[SheetEntry]
    date1904: bool
    shared_strings: str | None  # part names, or None when the workbook has none
    styles: str | None
    theme: str | None = None


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
        if local_name(rel.tag) == "Relationship":
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
    shared = styles = theme = None
    rels_part = names.get(posixpath.join(folder, "_rels", base + ".rels"))
    if rels_part is not None:
        for rid, kind, target, mode in _relationships(parse_small_part(read(rels_part), rels_part)):
            part = None if mode == "External" else names.resolve(folder, target)
            rels[rid] = (kind, part)
            if kind == "sharedStrings" and part:
                shared = part
            elif kind == "styles" and part:
                styles = part
            elif kind == "theme" and part:
                theme = part
    root = parse_small_part(read(book_part), book_part)
    date1904 = False
    sheets: list[SheetEntry] = []
    for el in root:
        tag = local_name(el.tag)
        if tag == "workbookPr":
            date1904 = el.get("date1904", "").lower() in ("1", "true")
        elif tag == "sheets":
            for sh in el:
                if local_name(sh.tag) != "sheet":
                    continue
                rid = next((v for k, v in sh.attrib.items() if local_name(k) == "id" and k.startswith("{")), "")
                # No relationship at all: a worksheet whose part is missing (opening it says "damaged",
                # rather than the workbook claiming it holds only charts).
                rel_kind, part = rels.get(rid, ("worksheet", None))
                kind = _REL_KINDS.get(rel_kind) or ("worksheet" if part and "/worksheets/" in part.lower() else "other")
                state = sh.get("state", "visible")
                charts = kind == "chartsheet" or (kind == "worksheet" and part is not None and _has_chart(names, read, part))
                sheets.append(SheetEntry(sh.get("name", ""), part, kind, state, charts))
    return Book(sheets, date1904, shared or names.get("xl/sharedStrings.xml"), styles or names.get("xl/styles.xml"), theme)


def _rels_of(names: PartNames, read: Callable[[str], bytes], part: str) -> list[tuple[str, str | None]]:
    """(type, part) of each internal relationship of ``part`` (its ``_rels/<name>.rels``)."""
    folder, base = posixpath.split(part)
    rels_part = names.get(posixpath.join(folder, "_rels", base + ".rels"))
    if rels_part is None:
        return []
    return [(kind, names.resolve(folder, target)) for _id, kind, target, mode in
            _relationships(parse_small_part(read(rels_part), rels_part)) if mode != "External"]


def _has_chart(names: PartNames, read: Callable[[str], bytes], sheet_part: str) -> bool:
    """Whether a worksheet's drawing holds a chart: two small relationship parts, no drawing parsed."""
    for kind, drawing in _rels_of(names, read, sheet_part):
        if kind == "drawing" and drawing is not None and any(k == "chart" for k, _p in _rels_of(names, read, drawing)):
            return True
    return False


# A raw character XML refuses in text (controls, U+FFFE/U+FFFF) or normalizes (CR) is not taken here,
# nor is any markup: then the parser reads the part and decides.
_SIMPLE_SI = re.compile(r'<si><t( xml:space="preserve")?>([^<\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]*)</t></si>')
_SIMPLE_LEN = len("<si><t></t></si>")
_REFERENCE = re.compile(r"&(?:(amp|lt|gt|quot|apos)|#([0-9]{1,7})|#x([0-9A-Fa-f]{1,6}));|&")
_PREDEFINED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def _xml_char(code: int) -> bool:
    """XML 1.0's Char production: what a character reference may name (``&#0;`` is an error, not U+FFFD)."""
    return code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF


def _xml_references(value: str) -> str | None:
    """``value`` with its entity and character references replaced as XML does (``&#150;`` is U+0096;
    html.unescape, which follows HTML5, made it an en dash). None for anything else: a reference XML
    refuses (an undefined entity, a bare ``&``, ``&#0;``) or one spelled longer than this reads
    (``&#0000000065;``); the parser then reads the part and decides."""
    out: list[str] = []
    pos = 0
    for found in _REFERENCE.finditer(value):
        name, decimal, hexadecimal = found.groups()
        if name is not None:
            char = _PREDEFINED[name]
        elif decimal is not None or hexadecimal is not None:
            code = int(decimal, 10) if decimal is not None else int(hexadecimal, 16)
            if not _xml_char(code):
                return None
            char = chr(code)
        else:
            return None
        out.append(value[pos : found.start()])
        out.append(char)
        pos = found.end()
    out.append(value[pos:])
    return "".join(out)


def _simple_strings(data: bytes, start: int = 0) -> list[str] | None:
    """The shared strings when the part is nothing but plain ``<si><t>text</t></si>`` one after another
    (what Excel writes for a table without rich text), read with one regex: 14 ms for 65,000 strings
    against 150 ms through ElementTree. ``start`` is where the root element starts (:func:`refuse_dtd`
    has checked the prolog and that the part is UTF-8). None as soon as anything else is there (rich
    runs, a reference XML does not allow, carriage returns, prefixes, whitespace); the parser then
    reads it."""
    try:
        text = str(memoryview(data)[start:], "utf-8")  # no copy of the bytes first
    except UnicodeDecodeError:
        return None
    if not text.startswith("<sst"):
        return None
    begin = text.find(">") + 1
    end = text.rfind("</sst>")
    if not 0 < begin <= end or text[end + 6 :].strip() or text[begin - 2] == "/":
        return None
    pieces = _SIMPLE_SI.findall(text, begin, end)  # the body in place, not a copy of it
    if sum(_SIMPLE_LEN + len(preserve) + len(value) for preserve, value in pieces) != end - begin:
        return None  # something between or inside the <si> the regex did not take: parse it properly
    out = []
    for _preserve, value in pieces:
        if "&" in value:
            decoded = _xml_references(value)
            if decoded is None:
                return None
            value = decoded
        out.append(unescape(value))
    return out


_FEED = 64 * 1024  # bytes per parser feed: the events of one feed (an element each) are what the tree ever holds


def read_shared_strings(data: bytes, part: str, cancelled: Cancelled | None = None) -> list[str]:
    """Every shared string, in order. Plain tables take :func:`_simple_strings`; anything else is
    streamed, and every element is dropped from the tree when it ends (an ``<si>`` once its text is
    taken, anything a string does not need at once), so a big table costs its strings and not a tree of
    them, whatever a hostile part puts around or inside its ``<si>``."""
    start = refuse_dtd(data, part)
    simple = _simple_strings(data, start)
    if simple is not None:
        return simple
    parser: ET.XMLPullParser[Any] = ET.XMLPullParser(("start", "end"))
    out: list[str] = []
    stack: list[ET.Element] = []  # the open elements, the root first
    runs: list[str] = []  # the text of the <si> being read
    si_tag = t_tag = r_tag = ""
    view = memoryview(data)[start:]  # the root element on: expat never sees the prolog (refuse_dtd)
    try:
        for pos in range(0, len(view), _FEED):
            check(cancelled)
            parser.feed(view[pos : pos + _FEED])
            events: Iterator[Any] = parser.read_events()
            for event, el in events:
                if event == "start":
                    if not stack:
                        ns = el.tag[: el.tag.index("}") + 1] if el.tag.startswith("{") else ""
                        si_tag, t_tag, r_tag = ns + "si", ns + "t", ns + "r"
                    stack.append(el)
                    continue
                stack.pop()
                depth = len(stack)  # the root's children (<si>) are at depth 1
                if depth == 1:
                    if el.tag == si_tag:
                        out.append(unescape("".join(runs)))
                    runs.clear()
                elif depth == 2:
                    if el.tag == t_tag and stack[-1].tag == si_tag:
                        runs.append(el.text or "")
                elif depth == 3 and el.tag == t_tag and stack[-1].tag == r_tag and stack[-2].tag == si_tag:
                    runs.append(el.text or "")  # a rich run's text; phonetic guides (<rPh>) are not the value
                if stack:
                    del stack[-1][-1]  # it ended and what it held is taken: nothing stays in the tree
        parser.close()
    except ET.ParseError as exc:
        raise damaged() from exc
    return out
