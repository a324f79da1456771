"""Two processes on one vault, for real: the command line importing while another command repairs,
or while this process renames. Every use case that picks a name or moves a file holds the
company's lock (a file lock every process respects), and repair looks again under it before it
acts, so:

- a repair never takes an import's temporary copy, or its file renamed into place but not yet
  committed, for a leftover (it would delete the copy, or register the file a second time);
- a rename and an import never pick the same free name, so neither replaces the other's file.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from clientvault.core import errors, storage
from clientvault.core.catalog.models import name_key
from clientvault.core.sidecars import SIDECAR
from clientvault.core.vault import Vault

BATCHES, PER_BATCH = 10, 30  # 300 files, each batch one `clientvault import` process


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cli(root: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "clientvault", "--data-dir", str(root), *args]


def company_with_documents(root: Path, make_file, count: int, prefix: str) -> tuple[int, dict[int, str]]:  # type: ignore[no-untyped-def]
    """A company with ``count`` documents; returns its id and each document's checksum."""
    vault = Vault(root)
    try:
        company = vault.add_company("Comercializadora Andina S.A.S.")
        before = {}
        for i in range(count):
            doc = vault.import_file(company.id, make_file(f"{prefix}-{i:03d}.pdf", text=f"{prefix} {i}")).document
            assert doc is not None
            before[doc.id] = doc.checksum
        return company.id, before
    finally:
        vault.close()


def assert_whole(vault: Vault, company_id: int) -> None:
    """Every document's file is where its row says, with its checksum; nothing else is in the
    folder (no temporary copy, no second file under a numbered name); nothing went to lost+found;
    and verify finds nothing."""
    folder = vault.company_dir(company_id)
    docs = vault.list_documents(company_id, limit=None)
    for doc in docs:
        assert sha(vault.document_path(doc)) == doc.checksum, doc.filename
    names = sorted(n for n in os.listdir(folder) if n not in (storage.TRASH_DIR, SIDECAR))
    assert names == sorted(d.filename for d in docs)
    assert len({name_key(d.filename) for d in docs}) == len(docs)
    lost = vault.root / "lost+found"
    assert not lost.exists() or not any(p.is_file() for p in lost.rglob("*"))
    report = vault.verify()
    assert report.problems == [], [(p.kind, p.message) for p in report.problems]


def test_repairs_while_another_process_imports_lose_nothing(tmp_path: Path, make_file) -> None:
    root = tmp_path / "vault"
    company_id, before = company_with_documents(root, make_file, 5, "antes")
    batches: list[Path] = []
    sources: dict[str, str] = {}
    for b in range(BATCHES):
        folder = tmp_path / "lote" / f"{b:02d}"
        for i in range(PER_BATCH):
            n = b * PER_BATCH + i
            # Small and distinct (no duplicates), half PDF and half CSV.
            name = f"soporte-{n:03d}.pdf" if n % 2 else f"soporte-{n:03d}.csv"
            path = make_file(name, text=f"soporte {n} de {BATCHES * PER_BATCH}", folder=folder)
            sources[name] = sha(path)
        batches.append(folder)
    assert len(set(sources.values())) == BATCHES * PER_BATCH

    imports: list[subprocess.CompletedProcess[str]] = []

    def importer() -> None:
        for folder in batches:
            imports.append(subprocess.run(cli(root, "import", str(company_id), str(folder), "--json"),
                                          capture_output=True, text=True, timeout=300))

    thread = threading.Thread(target=importer)
    thread.start()
    repairs: list[subprocess.CompletedProcess[str]] = []
    try:
        while thread.is_alive():
            repairs.append(subprocess.run(cli(root, "verify", "--repair", "--json"), capture_output=True, text=True,
                                          timeout=300))
    finally:
        thread.join(600)
    assert len(repairs) >= 3, f"only {len(repairs)} repair(s) ran while the import did: make the import longer"

    for proc in imports:
        assert proc.returncode == 0, proc.stderr
        assert {row["status"] for row in json.loads(proc.stdout)} == {"imported"}
    for proc in repairs:
        # Whatever a repair saw half-done (a copy still being written, a file renamed into place
        # but not committed), it looked again under the lock and found nothing to repair.
        assert proc.returncode == 0, proc.stdout + proc.stderr
        report = json.loads(proc.stdout)
        assert report["consistent"] and report["problems"] == [], report["problems"]

    vault = Vault(root)
    try:
        docs = {d.filename: d for d in vault.list_documents(company_id, limit=None)}
        assert len(docs) == len(before) + len(sources)
        for name, checksum in sources.items():
            doc = docs[name]  # imported under its own name: no repair registered it first
            assert doc.checksum == checksum and doc.original_filename == name
            assert sha(vault.document_path(doc)) == checksum
        for doc_id, checksum in before.items():
            assert sha(vault.document_path(vault.document(doc_id))) == checksum
        assert_whole(vault, company_id)
    finally:
        vault.close()


def test_renames_while_another_process_imports_overwrite_nothing(tmp_path: Path, make_file) -> None:
    """The importer brings nuevo-000.pdf, nuevo-001.pdf...; meanwhile this process renames older
    documents to the very name the importer is about to take. One of the two gets each name; the
    other is refused (the rename) or numbers its own (the import): no file replaces another."""
    root = tmp_path / "vault"
    count = 300
    company_id, before = company_with_documents(root, make_file, 120, "viejo")
    src = tmp_path / "nuevos"
    sources = {}
    for i in range(count):
        path = make_file(f"nuevo-{i:03d}.pdf", text=f"nuevo documento {i}", folder=src)
        sources[path.name] = sha(path)

    vault = Vault(root)
    folder = vault.company_dir(company_id)
    renamed: dict[int, str] = {}
    refused = attempts = 0
    try:
        # Its output goes to files: a full pipe nobody reads while we rename would stall it.
        out_file, err_file = tmp_path / "import.json", tmp_path / "import.err"
        with open(out_file, "w") as out, open(err_file, "w") as err:
            proc = subprocess.Popen(cli(root, "import", str(company_id), str(src), "--json"), stdout=out, stderr=err)
        try:
            pending = list(before)
            deadline = time.monotonic() + 120
            while pending and proc.poll() is None and time.monotonic() < deadline:
                # Turn by turn, the name the importer put in the folder last (it may still be
                # committing it) and the one it is about to take.
                ours = set(renamed.values())
                theirs = [int(n[6:9]) for n in os.listdir(folder)
                          if n.startswith("nuevo-") and n[6:9].isdigit() and n not in ours]
                if not theirs:
                    time.sleep(0.001)  # the importer has not started yet
                    continue
                attempts += 1
                n = max(theirs) + (attempts % 2)
                if n >= count:
                    break  # the importer is on its last file
                if f"nuevo-{n:03d}.pdf" in ours:
                    time.sleep(0.0005)  # ours already: let the importer pass it
                    continue
                target = f"nuevo-{n:03d}"
                doc_id = pending[0]
                try:
                    doc = vault.rename(doc_id, target)
                except errors.NameConflict:
                    refused += 1  # the importer took it first
                    continue
                assert doc.filename == f"{target}.pdf"
                renamed[doc_id] = doc.filename
                pending.pop(0)
            proc.wait(timeout=300)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        assert proc.returncode == 0, err_file.read_text()
        results = json.loads(out_file.read_text())
        assert [r["status"] for r in results] == ["imported"] * count
        # The renames met the import: one got a name, or the importer had just taken it (under load
        # the importer can win every turn; CI once saw that). Either way no file may replace another.
        assert renamed or refused, f"no rename ran while the import did ({attempts} turns)"

        docs = vault.list_documents(company_id, limit=None)
        by_id = {d.id: d for d in docs}
        # Every renamed document still has its own bytes, under the name it got.
        for doc_id, checksum in before.items():
            doc = by_id[doc_id]
            assert doc.checksum == checksum and sha(vault.document_path(doc)) == checksum
            assert doc.filename == renamed.get(doc_id, doc.filename)
        # Every imported file is a document with its own bytes: under its name, or numbered when a
        # rename took that name first.
        imported = [d for d in docs if d.id not in before]
        assert sorted(d.original_filename for d in imported) == sorted(sources)
        for doc in imported:
            assert doc.checksum == sources[doc.original_filename]
            assert sha(vault.document_path(doc)) == doc.checksum
            stem = Path(doc.original_filename).stem
            assert doc.filename == doc.original_filename or doc.filename.startswith(f"{stem} (")
        numbered = [d for d in imported if d.filename != d.original_filename]
        # Whoever lost a name to the other, it shows: a numbered import, or a refused rename.
        assert numbered or refused, "the renames never met the import"
        for doc in numbered:
            owner = next(d for d in docs if d.filename == doc.original_filename)
            assert owner.id in renamed  # only a rename can have taken an imported file's name
        assert_whole(vault, company_id)
    finally:
        vault.close()


def test_repair_leaves_a_company_added_while_it_runs(vault: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another process adds a company after repair read the list of companies, before it walks the
    folders: its new folder is a company's, not a stray one for lost+found."""
    from clientvault.core import maintenance

    real = vault.catalog.all_companies
    added: list[Any] = []

    def list_then_add() -> list[Any]:
        companies = real()
        other = Vault(vault.root)  # another vault object on the same folder, as another process would be
        try:
            added.append(other.add_company("Llegó durante la reparación"))
        finally:
            other.close()
        return companies

    monkeypatch.setattr(vault.catalog, "all_companies", list_then_add)
    report = maintenance.verify(vault, repair=True)
    assert added and report.problems == []
    assert vault.company_dir(added[0].id).is_dir()
    assert not (vault.root / "lost+found").exists()


@pytest.mark.parametrize("processes", [2, 4, 8])
def test_concurrent_imports_of_the_same_content_store_it_once(tmp_path: Path, make_file, processes: int) -> None:
    """Several windows or commands importing the same papers at once (a shared download folder):
    duplicates are skipped by default, so each content is stored once, whoever wins."""
    root = tmp_path / "vault"
    company_id, _before = company_with_documents(root, make_file, 1, "antes")
    folders = []
    for p in range(processes):  # each process its own copies (other names), of the same five contents
        folder = tmp_path / f"descargas-{p}"
        for i in range(5):
            make_file(f"factura {i} copia {p}.pdf", text=f"factura {i}", folder=folder)
        folders.append(folder)
    procs = [subprocess.Popen(cli(root, "import", str(company_id), str(folder), "--json"), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for folder in folders]
    outputs = [proc.communicate(timeout=300) for proc in procs]
    statuses = []
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        statuses += [row["status"] for row in json.loads(out)]
    assert statuses.count("imported") == 5 and statuses.count("duplicate") == 5 * (processes - 1)
    vault = Vault(root)
    try:
        docs = vault.list_documents(company_id, limit=None)
        assert len(docs) == 6 and len({d.checksum for d in docs}) == 6
        assert vault.verify().problems == []
    finally:
        vault.close()


def test_restores_while_another_process_imports_the_same_names_overwrite_nothing(tmp_path: Path, make_file) -> None:
    """Restore checks the name is free and moves the file back: under the company's lock, an import
    of a file with that very name cannot land in between and be overwritten."""
    root = tmp_path / "vault"
    vault = Vault(root)
    try:
        company = vault.add_company("Andina")
        trashed = []
        for i in range(40):
            doc = vault.import_file(company.id, make_file(f"acta-{i:02d}.pdf", text=f"acta vieja {i}")).document
            assert doc is not None
            trashed.append(doc)
        vault.delete([d.id for d in trashed])
        src = tmp_path / "nuevas"
        for i in range(40):
            make_file(f"acta-{i:02d}.pdf", text=f"acta nueva {i}", folder=src)
        proc = subprocess.Popen(cli(root, "import", str(company.id), str(src), "--json"), stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        restored = []
        for doc in trashed:  # racing the importer, name by name
            restored += vault.restore([doc.id])
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        assert len(restored) == 40
        docs = vault.list_documents(company.id, limit=None)
        assert len(docs) == 80 and len({name_key(d.filename) for d in docs}) == 80
        for doc in docs:  # every document has its own bytes: nothing was overwritten
            assert sha(vault.document_path(doc)) == doc.checksum, doc.filename
        assert vault.verify().problems == []
    finally:
        vault.close()
