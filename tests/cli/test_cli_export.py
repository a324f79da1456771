"""``clientvault export`` never destroys a file: the issue's own command, ``--overwrite``, a missing
stored file, and the ZIP's mode, run in-process against a real vault."""

from __future__ import annotations

import hashlib
import os
import stat
import zipfile
from pathlib import Path

import pytest

from clientvault.cli import main

from .conftest import Cli


@pytest.fixture
def company(cli: Cli, tmp_path: Path) -> int:
    result = cli("company", "add", "Comercializadora Andina S.A.S.")
    assert result.code == 0, result.err
    src = tmp_path / "src"
    src.mkdir()
    for name in ("RUT.csv", "Extracto enero.csv"):
        (src / name).write_text(f"fecha,concepto,valor\n2024-03-01,{name},1500000\n", encoding="utf-8")
    assert cli("import", result.out.strip(), src / "RUT.csv", src / "Extracto enero.csv").code == 0
    return int(result.out)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_export_onto_a_stored_document_is_refused(cli: Cli, company: int, data_dir: Path) -> None:
    """``clientvault export 1 <a stored document's path>`` replaced a client's file with a ZIP."""
    stored = data_dir / "companies" / str(company) / "RUT.csv"
    before = sha(stored)
    for extra in ([], ["--overwrite"]):
        result = cli("export", company, stored, *extra)
        assert result.code == 1
        assert "inside ClientVault's data folder" in result.err and str(stored) in result.err
        assert sha(stored) == before
    result = cli("export", company, data_dir / "vault.db", "--overwrite")
    assert result.code == 1 and "inside ClientVault's data folder" in result.err
    assert cli("verify").code == 0  # the vault is whole


def test_an_existing_file_needs_overwrite(cli: Cli, company: int, tmp_path: Path) -> None:
    target = tmp_path / "andina.zip"
    target.write_bytes(b"otro archivo")
    result = cli("export", company, target)
    assert result.code == 1 and "already exists" in result.err and "--overwrite" in result.err
    assert target.read_bytes() == b"otro archivo"
    result = cli("export", company, target, "--overwrite")
    assert result.code == 0, result.err
    assert result.out.startswith("2 file(s) exported")
    with zipfile.ZipFile(target) as zf:
        assert sorted(zf.namelist()) == ["Extracto enero.csv", "RUT.csv", "manifest.csv"]
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_missing_stored_file_says_to_run_verify(cli: Cli, company: int, data_dir: Path, tmp_path: Path) -> None:
    (data_dir / "companies" / str(company) / "RUT.csv").unlink()
    result = cli("export", company, tmp_path / "andina.zip")
    assert result.code == 1
    assert "The file of “RUT.csv”" in result.err and "is missing" in result.err
    assert "clientvault verify --repair" in result.err and "Could not write" not in result.err
    assert not (tmp_path / "andina.zip").exists()


def test_export_help_names_overwrite(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())  # argparse wraps the help text
    assert "--overwrite" in out and "only you can open it" in out
