"""Printing: results to stdout, explanations to stderr; tables, JSON, sizes and dates as people and scripts read them."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from clientvault.core.i18n import t
from clientvault.core.values import Document, label_for


def _out(text: str = "") -> None:
    print(text, file=sys.stdout)


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def _print_json(data: object) -> None:
    # ensure_ascii=False: company and file names are Spanish; "Resolución" must stay readable.
    _out(json.dumps(data, ensure_ascii=False, indent=2))


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]], right: frozenset[int] = frozenset()) -> list[str]:
    """Aligned columns for people reading a terminal; numbers (the ``right`` columns) align right."""
    body = [list(r) for r in rows]
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


def _document_row(doc: Document) -> dict[str, Any]:
    """A document as JSON: names per DESIGN.md, ``format`` the stable kind code (pdf, xlsx, jpeg...)."""
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
    }
    if doc.deleted_at is not None:
        row["deleted_at"] = _iso(doc.deleted_at)
    return row


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
