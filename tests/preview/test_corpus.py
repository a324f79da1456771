"""Every file of the shared corpus behaves as MANIFEST.tsv says, each in its own process with a timeout.

A separate process per file is the only honest "does not hang, does not crash" check: a native
library that aborts (calamine on an absurd allocation) or spins would take pytest down with it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from .conftest import REPO, corpus_dir, manifest_rows

TIMEOUT = 20.0  # seconds: generous on a shared 2-core machine; real files take well under one

# preview-ok files for which "unsupported" (a clear "open it with another program") is the documented outcome.
UNSUPPORTED_OK = {
    "example.heic": "no HEIC plugin in PySide6-Essentials",
    "SampleDoc.doc": "no .doc converter installed",
    "raw_text.doc": "no .doc converter installed",
}
# Files whose sheets truly hold no cells (only pictures).
NO_CELLS_OK = {"picture.xlsx"}
# error-expected files that lenient readers may partly show: either outcome is fine, never a crash.
PARTIAL_OK = {"truncated_jpeg.jpg", "multicolumn_truncated.pdf"}

CHILD = r"""
import json, os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtGui import QGuiApplication
app = QGuiApplication.instance() or QGuiApplication([])
from clientvault.preview import open_preview, PreviewError
from clientvault.core.filetypes import EXTENSIONS, KINDS
from pathlib import Path
path = Path(sys.argv[1])
ext = EXTENSIONS.get(path.suffix.lower())
mime = KINDS[ext].mime if ext else None
out = {}
try:
    p = open_preview(path, mime)
    out["status"] = "ok"
    out["family"] = p.kind
    if p.kind == "pdf":
        img = p.render(0, dpi=50)
        out["pages"] = p.page_count
        out["blank"] = set(bytes(img.constBits())) <= {255}
        out["null"] = img.isNull()
    elif p.kind == "image":
        img = p.image(0)
        out["null"] = img.isNull()
        out["pages"] = p.page_count
    elif p.kind in ("sheet", "text"):
        out["sheets"] = [s.name for s in p.sheets]
        filled = 0
        for info in p.sheets:
            sh = p.sheet(info.index)
            filled += sum(1 for row in sh.rows(0, 200) for c in row if c.strip())
        out["filled"] = filled
    elif p.kind == "word":
        out["html_len"] = len(p.html)
    p.close()
except PreviewError as exc:
    out = {"status": "error", "kind": exc.kind, "message": exc.message}
print("RESULT " + json.dumps(out))
"""

ROWS = manifest_rows()


def run_child(path: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CLIENTVAULT_LANG="es", PYTHONPATH=str(REPO))
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, path], capture_output=True, text=True, timeout=TIMEOUT, env=env, cwd=str(REPO)
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    assert proc.returncode == 0 and lines, f"crashed (rc={proc.returncode}):\n{proc.stderr[-3000:]}"
    return json.loads(lines[-1][len("RESULT ") :])


@pytest.mark.skipif(not ROWS, reason=f"corpus not found at {corpus_dir()}")
@pytest.mark.parametrize("row", ROWS, ids=[r["file_name"] for r in ROWS])
def test_corpus_file(row: dict[str, str]) -> None:
    name, expected = row["file_name"], row["expected"]
    path = str(corpus_dir() / name)
    result = run_child(path)  # TimeoutExpired fails the test: a hang
    if result["status"] == "error":
        assert result["message"].strip(), result
        assert result["kind"] in ("error", "unsupported", "password")
    if expected == "oversize":
        assert result["status"] == "error" and "grande" in result["message"], result
    elif expected == "error-expected":
        if name in PARTIAL_OK and result["status"] == "ok":
            return
        assert result["status"] == "error", f"{name} should give a clear error, got {result}"
    else:
        if name in UNSUPPORTED_OK and result["status"] == "error":
            assert result["kind"] == "unsupported" and "otro programa" in result["message"], result
            return
        assert result["status"] == "ok", f"{name} should preview: {result}"
        family = result["family"]
        if family == "pdf":
            assert result["pages"] >= 1 and not result["null"] and not result["blank"], result
        elif family == "image":
            assert not result["null"], result
        elif family in ("sheet", "text"):
            assert result["sheets"], result
            if name not in NO_CELLS_OK:
                assert result["filled"] > 0, result
        elif family == "word":
            assert result["html_len"] > 0, result


@pytest.mark.skipif(not ROWS, reason="corpus not found")
def test_password_and_damage_messages_name_the_problem() -> None:
    by_name = {r["file_name"]: r for r in ROWS}
    expectations = {
        "libreoffice-writer-password.pdf": ("password", "contraseña"),
        "pass_protected.xlsx": ("password", "contraseña"),
        "password.xls": ("password", "contraseña"),
        "bug53475-password-is-pass.docx": ("password", "contraseña"),
        "bug1020226.pdf": ("error", "dañado o incompleto"),
        "corrupt-crc.xlsx": ("error", "dañado o incompleto"),
        "truncated62886.docx": ("error", "dañado o incompleto"),
        "empty.pdf": ("error", "vacío"),
        "decompression_bomb.gif": ("error", "demasiado grande"),
        "example.heic": ("unsupported", "ábralo con otro programa"),
    }
    for name, (kind, words) in expectations.items():
        if name not in by_name:
            continue
        result = run_child(str(corpus_dir() / name))
        assert result["status"] == "error", (name, result)
        assert result["kind"] == kind, (name, result)
        assert words in result["message"], (name, result)
