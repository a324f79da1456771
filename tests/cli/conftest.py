"""Fixtures for the command-line tests: English messages by default, and the shared corpus.

(The ``cli`` runner lives in test_cli.py beside the ``Result`` type its tests annotate.)"""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

CORPUS_ENV = "CLIENTVAULT_CORPUS"


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    """Assertions read English messages unless a test switches to Spanish itself."""
    monkeypatch.setenv("CLIENTVAULT_LANG", "en")


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """../shared/corpus beside the repository (or $CLIENTVAULT_CORPUS): real files, some hostile."""
    env = os.environ.get(CORPUS_ENV)
    path = Path(env) if env else Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
    if not (path / "MANIFEST.tsv").is_file():
        pytest.skip(f"shared corpus not found at {path}; set {CORPUS_ENV} to its folder to run these tests")
    return path


@pytest.fixture(scope="session")
def corpus_manifest(corpus_dir: Path) -> dict[str, dict[str, str]]:
    """MANIFEST.tsv rows by file name (sha256, size_bytes, format, expected, note...)."""
    with open(corpus_dir / "MANIFEST.tsv", encoding="utf-8", newline="") as fh:
        return {row["file_name"]: row for row in csv.DictReader(fh, delimiter="\t")}
