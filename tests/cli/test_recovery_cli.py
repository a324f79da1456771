"""The command line when something went wrong: verify's counts and next steps, warnings kept out
of the terminal, and the backups command. Real processes on a real vault."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from processes import run_clientvault

from clientvault.core.vault import Vault

cli = run_clientvault  # the real command, in its own process


def test_repair_counts_the_files_it_registered(tmp_path: Path, make_file: Any) -> None:
    root = tmp_path / "vault"
    vault = Vault(root)
    company = vault.add_company("Andina")
    for name in ("RUT.pdf", "Acta.pdf", "Balance.csv"):  # dropped into the folder by hand
        make_file(name, folder=vault.company_dir(company.id))
    vault.close()
    done = cli(root, "verify", "--repair")
    assert done.returncode == 0, done.stderr
    assert "The vault is consistent (3 file(s) checked)" in done.stderr  # not "0 checked" after registering 3


def test_what_repair_cannot_fix_comes_with_the_next_step(tmp_path: Path, make_file: Any) -> None:
    root = tmp_path / "vault"
    vault = Vault(root)
    company = vault.add_company("Andina")
    doc = vault.import_file(company.id, make_file("RUT.pdf")).document
    assert doc is not None
    vault.document_path(doc).unlink()
    vault.close()
    done = cli(root, "verify", "--repair")
    assert done.returncode == 1
    assert "could not be repaired automatically (each one above says what to do)" in done.stderr
    assert "your own copy" in done.stderr and "backups folder" in done.stderr


def test_warnings_go_to_the_log_not_the_terminal(tmp_path: Path, make_file: Any) -> None:
    root = tmp_path / "vault"
    vault = Vault(root)
    company = vault.add_company("Andina")
    doc = vault.import_file(company.id, make_file("RUT.pdf")).document
    assert doc is not None
    vault.document_path(doc).unlink()  # deleting it will log a warning: its file was already missing
    vault.close()
    done = cli(root, "delete", str(doc.id))
    assert done.returncode == 0
    assert "WARNING" not in done.stderr and "already missing" not in done.stderr
    assert "already missing" in (root / "logs" / "clientvault.log").read_text(encoding="utf-8")


def test_backups_are_listed_and_one_is_restored(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    vault = Vault(root)
    vault.add_company("Andina")
    vault.close()
    assert cli(root, "backups").returncode == 1  # none yet: says when they are made
    assert cli(root, "verify", "--repair").returncode == 0  # takes one first
    listed = cli(root, "backups")
    assert listed.returncode == 0 and ".antes-de-reparar-" in listed.stdout
    assert cli(root, "company", "add", "Después").returncode == 0
    restored = cli(root, "backups", "restore")
    assert restored.returncode == 0 and "was restored" in restored.stdout and "vault.db.replaced-" in restored.stderr
    names = [c["name"] for c in json.loads(cli(root, "company", "list", "--json").stdout)]
    assert names == ["Andina"]
    assert cli(root, "backups", "restore", "no-such.bak").returncode == 1
