"""Fixtures for the command-line tests: English messages by default, the shared corpus, and the
``cli`` runner (its ``Result`` and ``Cli`` types are imported by the tests that annotate them)."""

from __future__ import annotations

import csv
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from clientvault.cli import main

CORPUS_ENV = "CLIENTVAULT_CORPUS"


@dataclass
class Result:
    code: int
    out: str
    err: str


Cli = Callable[..., Result]


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


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def cli(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    """``cli("company", "list")`` runs ``clientvault --data-dir <tmp> company list`` in-process (fast)
    and returns what a person (or a script) would see: exit code, stdout, stderr."""
    capsys.readouterr()  # drop anything printed before the command

    def run(*args: str | os.PathLike[str] | int) -> Result:
        code = main(["--data-dir", str(data_dir), *map(str, args)])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run
