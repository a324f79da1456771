"""``clientvault export`` never destroys a file: the issue's own command, ``--overwrite``, a missing
stored file, and the ZIP's mode, run in-process against a real vault."""

from __future__ import annotations

import hashlib
import os
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from clientvault.cli import main


@dataclass
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def run(data_dir: Path, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    capsys.readouterr()

    def call(*args: str | os.PathLike[str] | int) -> Run:
        code = main(["--data-dir", str(data_dir), *map(str, args)])
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return call


@pytest.fixture
def company(run, tmp_path: Path) -> int:  # type: ignore[no-untyped-def]
    result = run("company", "add", "Comercializadora Andina S.A.S.")
    assert result.code == 0, result.err
    src = tmp_path / "src"
    src.mkdir()
    for name in ("RUT.csv", "Extracto enero.csv"):
        (src / name).write_text(f"fecha,concepto,valor\n2024-03-01,{name},1500000\n", encoding="utf-8")
    assert run("import", result.out.strip(), src / "RUT.csv", src / "Extracto enero.csv").code == 0
    return int(result.out)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_export_onto_a_stored_document_is_refused(run, company: int, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """``clientvault export 1 <a stored document's path>`` replaced a client's file with a ZIP."""
    stored = data_dir / "companies" / str(company) / "RUT.csv"
    before = sha(stored)
    for extra in ([], ["--overwrite"]):
        result = run("export", company, stored, *extra)
        assert result.code == 1
        assert "inside ClientVault's data folder" in result.err and str(stored) in result.err
        assert sha(stored) == before
    result = run("export", company, data_dir / "vault.db", "--overwrite")
    assert result.code == 1 and "inside ClientVault's data folder" in result.err
    assert run("verify").code == 0  # the vault is whole


def test_an_existing_file_needs_overwrite(run, company: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "andina.zip"
    target.write_bytes(b"otro archivo")
    result = run("export", company, target)
    assert result.code == 1 and "already exists" in result.err and "--overwrite" in result.err
    assert target.read_bytes() == b"otro archivo"
    result = run("export", company, target, "--overwrite")
    assert result.code == 0, result.err
    assert result.out.startswith("2 file(s) exported")
    with zipfile.ZipFile(target) as zf:
        assert sorted(zf.namelist()) == ["Extracto enero.csv", "RUT.csv", "manifest.csv"]
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_missing_stored_file_says_to_run_verify(run, company: int, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (data_dir / "companies" / str(company) / "RUT.csv").unlink()
    result = run("export", company, tmp_path / "andina.zip")
    assert result.code == 1
    assert "The file of “RUT.csv”" in result.err and "is missing" in result.err
    assert "clientvault verify --repair" in result.err and "Could not write" not in result.err
    assert not (tmp_path / "andina.zip").exists()


def test_export_help_names_overwrite(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())  # argparse wraps the help text
    assert "--overwrite" in out and "only you can open it" in out
