"""A small real PDF imported into a company, for the papers' tests (core, command line, window)."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def paper(vault: Any, tmp_path: Path, company_id: int, name: str, body: bytes | None = None) -> Any:
    """Import a PDF named ``name`` (its content tells it from any other name's) and return its Document."""
    src = tmp_path / "in" / name
    src.parent.mkdir(exist_ok=True)
    src.write_bytes(body or f"%PDF-1.4\n% {name}\ntrailer<<>>\n%%EOF\n".encode())
    result = vault.import_file(company_id, src)
    assert result.document is not None, result.message
    return result.document
