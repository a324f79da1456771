"""Fixtures for the preview tests: the shared corpus of real files and a Qt application.

The corpus lives beside the repository (``../shared/corpus``, laid out the same way in CI);
``CLIENTVAULT_CORPUS`` points elsewhere. Tests that need it are skipped when it is absent.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from clientvault.preview.sheet import SheetPreview

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[2]


def corpus_dir() -> Path:
    env = os.environ.get("CLIENTVAULT_CORPUS")
    return Path(env) if env else REPO.parent / "shared" / "corpus"


def manifest_rows() -> list[dict[str, str]]:
    manifest = corpus_dir() / "MANIFEST.tsv"
    if not manifest.is_file():
        return []
    with manifest.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


@pytest.fixture(scope="session")
def corpus() -> Path:
    path = corpus_dir()
    if not (path / "MANIFEST.tsv").is_file():
        pytest.skip(f"corpus not found at {path} (set CLIENTVAULT_CORPUS)")
    return path


@pytest.fixture(scope="module")
def gui(qapp):  # noqa: ANN001 - pytest-qt's application (QImage text rendering wants one)
    return qapp


@pytest.fixture(autouse=True)
def spanish(monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages in Spanish, the product's first language, whatever the machine's locale."""
    monkeypatch.setenv("CLIENTVAULT_LANG", "es")


@pytest.fixture
def books() -> Iterator[Callable[[Path], SheetPreview]]:
    """open_workbook, with every workbook it opened closed when the test ends (passed or not)."""
    from clientvault.preview.sheet import open_workbook

    opened: list[SheetPreview] = []

    def open_book(path: Path) -> SheetPreview:
        opened.append(open_workbook(path))
        return opened[-1]

    yield open_book
    for book in opened:
        book.close()
