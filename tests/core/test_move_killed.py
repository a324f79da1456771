"""A move between companies killed (SIGKILL, a real process) after its file went to the new
company's folder and before its row followed: the next start, or a repair, completes it, so the
paper keeps its details, tags and history and no second, bare copy appears (real SQLite, real files)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from clientvault.core.vault import Vault

CHILD = textwrap.dedent("""
    import os, signal, sys
    from clientvault.core import moving, storage
    from clientvault.core.vault import Vault

    real_move = storage.move

    def move_then_die(src, dst):
        real_move(src, dst)
        os.kill(os.getpid(), signal.SIGKILL)  # the worst moment: the file moved, the row not yet

    moving.storage.move = move_then_die
    vault = Vault(sys.argv[1])
    vault.move_documents([int(sys.argv[2])], int(sys.argv[3]))
""")


def _stock(root: Path, tmp_path: Path) -> tuple[int, int, int]:
    vault = Vault(root)
    a, b = vault.add_company("Panadería La Espiga"), vault.add_company("Molinos del Sur")
    src = tmp_path / "Cámara.pdf"
    src.write_bytes(b"%PDF-1.4\n% camara\ntrailer<<>>\n%%EOF\n")
    doc = vault.import_file(a.id, src).document
    assert doc is not None
    vault.set_details([doc.id], doc_type=vault.document_type("camara").id, created=date(2026, 11, 20),
                      notes="original firmado", tags=["banco"])
    vault.close()
    return a.id, b.id, doc.id


def _kill_mid_move(root: Path, doc_id: int, target: int) -> None:
    proc = subprocess.run([sys.executable, "-c", CHILD, str(root), str(doc_id), str(target)],
                          capture_output=True, text=True, timeout=60, env={**os.environ, "CLIENTVAULT_LANG": "en"})
    assert proc.returncode == -signal.SIGKILL, proc.stderr


@pytest.mark.parametrize("next_step", ["start", "repair"])
def test_a_move_killed_between_file_and_row_is_completed(tmp_path: Path, next_step: str) -> None:
    root = tmp_path / "data"
    a, b, doc_id = _stock(root, tmp_path)
    _kill_mid_move(root, doc_id, b)
    vault = Vault(root)
    try:
        assert (vault.company_dir(b) / "Cámara.pdf").is_file() and not (vault.company_dir(a) / "Cámara.pdf").exists()
        if next_step == "start":
            vault.clean_leftovers()  # what the window runs at each start
        else:
            report = vault.verify(repair=True)
            assert report.problems == [] or all(p.repaired for p in report.problems)
        assert vault.verify().problems == []
        doc = vault.document(doc_id)
        assert (doc.company_id, doc.filename, doc.notes) == (b, "Cámara.pdf", "original firmado")
        assert vault.tags_of([doc_id])[doc_id] == ["banco"]
        assert [d.id for d in vault.list_documents(b)] == [doc_id] and vault.list_documents(a) == []
        assert [h.kind for h in vault.history(doc_id)] == ["added", "details", "moved"]
        assert vault.catalog.settings_like("move.pending.") == []
    finally:
        vault.close()


def test_a_move_that_never_moved_its_file_leaves_nothing_behind(tmp_path: Path) -> None:
    root = tmp_path / "data"
    a, b, doc_id = _stock(root, tmp_path)
    vault = Vault(root)
    try:
        # The note written, the file refused (as a process killed right after the note leaves it).
        note = json.dumps({"from": a, "to": b, "old": "Cámara.pdf", "new": "Cámara.pdf"})
        vault.catalog.put_settings({f"move.pending.{doc_id}": note})
        assert vault.clean_leftovers() == 0
        assert vault.document(doc_id).company_id == a and vault.catalog.settings_like("move.pending.") == []
        assert vault.verify().problems == []
    finally:
        vault.close()
