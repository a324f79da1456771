"""Printing: results to stdout, explanations to stderr; tables, JSON, sizes and dates as people and scripts read them.

Every string from the vault (names, messages) may hold what a client's file was named with:
terminal escape sequences that recolour, move the cursor, retitle the window or clear the screen,
control characters (a bell, a carriage return that overwrites the line), and invisible format
characters such as the right-to-left override. Everything printed goes through ``_out``/``_err``,
which pass it through the one sanitizer, ``clean``; table cells are cleaned before their widths
are measured; JSON keeps every character, escaped (``\\u001b``), so a script reads the real name.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from clientvault.core.i18n import t
from clientvault.core.values import Document, DocumentType, label_for

if TYPE_CHECKING:
    from clientvault.core.vault import Vault

# ESC (or its 8-bit form) and the rest of its sequence: CSI (colours, cursor, erase), OSC (window
# title, hyperlinks, clipboard) and the string commands DCS/SOS/PM/APC up to their terminator or
# the end of the line, then any other two-character escape (reset, character sets).
_ESCAPE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
)


def clean(text: str, one_line: bool = False) -> str:
    """``text`` as it may reach a terminal: no escape sequences, no control characters but newline
    and tab (``one_line``: those become spaces, for a table cell), no invisible format characters."""
    if text.isascii() and text.isprintable():
        return text
    text = _ESCAPE.sub("", text)
    kept = []
    for ch in text:
        if ch in "\n\t":
            kept.append(" " if one_line else ch)
        elif unicodedata.category(ch) not in ("Cc", "Cf"):
            kept.append(ch)
    return "".join(kept)


def _out(text: str = "") -> None:
    print(clean(text), file=sys.stdout)


def _err(text: str) -> None:
    print(clean(text), file=sys.stderr)


def _escape_json_char(match: re.Match[str]) -> str:
    ch = match.group()
    if unicodedata.category(ch) in ("Cc", "Cf"):
        return json.dumps(ch)[1:-1]  # "\u202e", or a surrogate pair beyond U+FFFF
    return ch


# json.dumps(ensure_ascii=False) escapes only U+0000 to U+001F: DEL, the C1 controls and the
# format characters it leaves raw are among these, and only those are escaped.
_JSON_CANDIDATES = re.compile(r"[^\x00-\x7e]")


def _print_json(data: object) -> None:
    # ensure_ascii=False: company and file names are Spanish; "Resolución" must stay readable. What
    # a terminal would act on is escaped, not removed: the data stays exact.
    _out(_JSON_CANDIDATES.sub(_escape_json_char, json.dumps(data, ensure_ascii=False, indent=2)))


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]], right: frozenset[int] = frozenset()) -> list[str]:
    """Aligned columns for people reading a terminal; numbers (the ``right`` columns) align right.
    Cells are cleaned first, so a name with escapes neither breaks the alignment nor reaches the screen."""
    headers = [clean(h, one_line=True) for h in headers]
    body = [[clean(c, one_line=True) for c in r] for r in rows]
    widths = [max([len(h), *(len(r[i]) for r in body)]) for i, h in enumerate(headers)]

    def line(cells: Sequence[str]) -> str:
        parts = [c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True))]
        return "  ".join(parts).rstrip()

    return [line(headers)] + [line(r) for r in body]


def _human_size(size: int) -> str:
    """1.5 MB in English, 1,5 MB in Spanish: sizes follow the UI language's decimal mark."""
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            text = f"{int(value)} {unit}" if unit == "B" else f"{value:.1f} {unit}"
            return t(text.replace(".", ","), text)
        value /= 1024
    raise AssertionError("unreachable")


def _iso(moment: datetime | None) -> str | None:
    """ISO 8601 with its zone: the database keeps naive UTC, and a script must not guess that."""
    return moment.replace(tzinfo=UTC).isoformat(timespec="seconds") if moment is not None else None


def _local(moment: datetime | None) -> str:
    """A person reads times in their own time zone, to the minute."""
    return moment.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M") if moment is not None else ""


def _day(value: date | str | None) -> str | None:
    """A day as ISO 8601 (2024-03-15): a paper's own date and its expiry have no time of day."""
    if value is None or value == "":
        return None
    return value.isoformat()[:10] if isinstance(value, date) else str(value)[:10]


def _document_row(doc: Document, doc_type: DocumentType | None = None, tags: Sequence[str] = ()) -> dict[str, Any]:
    """A document as JSON: names per DESIGN.md, ``format`` the stable kind code (pdf, xlsx, jpeg...);
    ``type`` the paper type's name (None: no type), ``created`` its own date, ``expires`` its expiry
    (``expires_set``: entered by the person, not given by the type's rule)."""
    row: dict[str, Any] = {
        "id": doc.id,
        "company_id": doc.company_id,
        "filename": doc.filename,
        "original_filename": doc.original_filename,
        "title": doc.title,
        "format": doc.format_code,
        "mime_type": doc.mime_type,
        "size": doc.size,
        "added": _iso(doc.added),
        "modified": _iso(doc.modified),
        "checksum": doc.checksum,
        "type": doc_type.name if doc_type is not None else None,
        "type_id": doc.document_type_id,
        "created": _day(doc.created),
        "period": doc.period or None,
        "expires": _day(doc.expires_on),
        "expires_set": bool(doc.expires_set),
        "tags": list(tags),
        "notes": doc.notes or "",
    }
    if doc.deleted_at is not None:
        row["deleted_at"] = _iso(doc.deleted_at)
    return row


def _document_rows(vault: Vault, docs: Sequence[Document]) -> list[dict[str, Any]]:
    """``_document_row`` of each, their types and tags read in two queries, not two per row."""
    types = {tp.id: tp for tp in vault.document_types()}
    tags = vault.tags_of([d.id for d in docs])
    return [_document_row(d, types.get(d.document_type_id or 0), tags.get(d.id, ())) for d in docs]


def _document_cells(doc: Document) -> list[str]:
    when = doc.deleted_at if doc.deleted_at is not None else doc.added
    return [str(doc.id), doc.filename, label_for(doc.format_code), _human_size(doc.size), _local(when)]


def _document_headers(trash: bool) -> list[str]:
    return [
        "ID",
        t("Nombre", "Name"),
        t("Formato", "Format"),
        t("Tamaño", "Size"),
        t("Eliminado", "Deleted") if trash else t("Agregado", "Added"),
    ]
