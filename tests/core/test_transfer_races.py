"""Moves, copies and details edited by several real ``clientvault`` processes on one vault at once:
nothing is lost, nothing is misfiled, no name is taken twice, every paper keeps its details, and
``verify`` is clean afterwards (real SQLite, real files, real processes)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from clientvault.core.vault import Vault

N = 100  # enough that the four processes run at the same time, not one after another


def _cli(root: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "clientvault", "--data-dir", str(root), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "CLIENTVAULT_LANG": "en"})


def test_moves_both_ways_a_copy_and_edits_at_once_lose_nothing(tmp_path: Path) -> None:
    root = tmp_path / "data"
    vault = Vault(root)
    a, b, c = (vault.add_company(n).id for n in ("Panadería La Espiga", "Molinos del Sur", "Tercera S.A.S."))
    src = tmp_path / "src"
    src.mkdir()
    ids: dict[int, str] = {}
    for i in range(N):  # the same names in both companies: every move must find a free name
        for company in (a, b):
            f = src / f"Cámara {i:02d}.pdf"
            f.write_bytes(f"%PDF-1.4\n% {company} {i}\n%%EOF\n".encode())
            doc = vault.import_file(company, f).document
            assert doc is not None
            ids[doc.id] = hashlib.sha256(f.read_bytes()).hexdigest()
    vault.set_details(list(ids), doc_type=vault.document_type("camara").id, tags=["banco"])
    in_a = [str(d.id) for d in vault.list_documents(a, limit=None)]
    in_b = [str(d.id) for d in vault.list_documents(b, limit=None)]
    vault.close()

    procs = [
        _cli(root, "doc", "move", *in_a, "--to", "Molinos del Sur", "--json"),
        _cli(root, "doc", "move", *in_b, "--to", "Panadería La Espiga", "--json"),
        _cli(root, "doc", "copy", *in_a[: N // 2], "--to", "Tercera S.A.S.", "--json"),
        _cli(root, "doc", "set", *in_a[N // 2:], *in_b[: N // 2], "--note", "revisado", "--json"),
    ]
    results = [p.communicate(timeout=300) for p in procs]
    for p, (_out, err) in zip(procs, results, strict=True):
        assert p.returncode in (0, 1), err  # 1: some were left, each with its reason on stderr
    assert json.loads(results[0][0])["done"] and json.loads(results[1][0])["done"]

    vault = Vault(root)
    try:
        assert vault.verify().problems == []
        originals = [vault.document(i) for i in ids]  # every one is still there, by its id
        for doc in originals:
            path = vault.document_path(doc)
            assert hashlib.sha256(path.read_bytes()).hexdigest() == ids[doc.id] == doc.checksum
            assert doc.company_id in (a, b) and doc.document_type_id == vault.document_type("camara").id
            assert vault.tags_of([doc.id])[doc.id] == ["banco"]
        for company in (a, b, c):
            names = [d.filename.casefold() for d in vault.list_documents(company, limit=None)]
            assert len(names) == len(set(names))  # no name taken twice in a company
            on_disk = {p.name.casefold() for p in vault.company_dir(company).iterdir() if p.suffix == ".pdf"}
            assert on_disk == set(names)
        copies = vault.list_documents(c, limit=None)
        assert copies and all(d.checksum in ids.values() for d in copies)
        assert len({d.checksum for d in copies}) == len(copies)  # no content copied twice
        edited = {int(i) for i in in_a[N // 2:] + in_b[: N // 2]}
        assert {d.id for d in originals if d.notes == "revisado"} == edited
        # Each paper's history names every move it went through, and nothing happened to it twice.
        for doc in originals:
            moves = [h for h in vault.history(doc.id) if h.kind == "moved"]
            assert len(moves) <= 1 and (len(moves) == 1) == (doc.company_id != (a if str(doc.id) in in_a else b))
    finally:
        vault.close()


def test_details_saved_by_another_process_during_a_move_are_kept(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The worst moment, made certain: another process (a second connection to the same catalog)
    saves the paper's details between the move's reading of the row and its writing of it."""
    from datetime import date

    from clientvault.core import moving, storage

    root = tmp_path / "data"
    mover, other = Vault(root), None
    try:
        a, b = mover.add_company("Panadería La Espiga").id, mover.add_company("Molinos del Sur").id
        f = tmp_path / "Póliza.pdf"
        f.write_bytes(b"%PDF-1.4\n% poliza\n%%EOF\n")
        doc = mover.import_file(a, f).document
        assert doc is not None
        other = Vault(root)
        real_move = storage.move

        def move_while_another_saves(src: Path, dst: Path) -> None:
            real_move(src, dst)
            assert other is not None
            other.set_details([doc.id], notes="firmada", doc_type=other.document_type("poliza").id,
                              expires=date(2027, 6, 30), tags=["seguro"])

        monkeypatch.setattr(moving.storage, "move", move_while_another_saves)
        (moved,) = mover.move_documents([doc.id], b).done
        monkeypatch.setattr(moving.storage, "move", real_move)
        kept = mover.document(doc.id)
        assert (kept.company_id, kept.notes, kept.expires_on, kept.expires_set) == (b, "firmada", date(2027, 6, 30), True)
        assert kept.document_type_id == mover.document_type("poliza").id and mover.tags_of([doc.id])[doc.id] == ["seguro"]
        assert mover.list_documents(b, sort="expires")[0].id == doc.id  # its sort key is the new date's
        assert mover.verify().problems == []
    finally:
        mover.close()
        if other is not None:
            other.close()
