"""Helpers for the preview tests: the corpus and its manifest, importing one file and selecting it."""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from ui_helpers import add_company, click_row, table_documents

REPO = Path(__file__).resolve().parents[2]
LOAD_TIMEOUT_MS = 30_000  # generous on a shared 2-core machine: a hang check, not a speed test


def _corpus_path() -> Path:
    env = os.environ.get("CLIENTVAULT_CORPUS")
    return Path(env) if env else REPO.parent / "shared" / "corpus"


def corpus_dir() -> Path:
    """The shared corpus beside the checkout; a test that needs it is skipped, with the reason,
    when it is absent (as the core tests do)."""
    path = _corpus_path()
    if not path.is_dir():
        pytest.skip(f"the shared corpus is not at {path} (set CLIENTVAULT_CORPUS)")
    return path


def manifest_rows() -> list[dict[str, str]]:
    manifest = _corpus_path() / "MANIFEST.tsv"
    if not manifest.is_file():
        return []
    with manifest.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def import_and_select(qtbot: QtBot, window: Any, *names: str, select: str | None = None) -> Any:
    """Import corpus files into a new company through the vault, show them, click ``select`` (default: the first)."""
    company = add_company(window, "Contadores Ñandú S.A.S.")
    summary = window.vault.import_files(company.id, [corpus_dir() / n for n in names])
    assert all(r.status == "imported" for r in summary.results), summary.results
    window.document_model.refresh()
    return select_file(qtbot, window, select or names[0])


def select_file(qtbot: QtBot, window: Any, name: str) -> Any:
    docs = table_documents(window)
    row = next(i for i, d in enumerate(docs) if d.original_filename == name)
    click_row(qtbot, window.table, row)
    return docs[row]


def wait_settled(qtbot: QtBot, pane: Any) -> str:
    qtbot.waitUntil(lambda: pane.state not in ("loading", "empty"), timeout=LOAD_TIMEOUT_MS)
    return str(pane.state)
