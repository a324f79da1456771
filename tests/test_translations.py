"""The Spanish and English translations are complete, match the code, and the shipped .qm files
are compiled from the .ts sources (so a string added to the window cannot ship untranslated)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "clientvault" / "resources" / "translations"
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = shutil.which(name) or (str(BIN / name) if (BIN / name).exists() else None)
    if not found:
        pytest.skip(f"{name} is not installed (it comes with PySide6)")
    return found


def _messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def test_spanish_is_complete_and_keeps_placeholders() -> None:
    messages = _messages(TS_DIR / "clientvault_es.ts")
    assert len(messages) > 100
    for m in messages:
        source = m.findtext("source") or ""
        tr = m.find("translation")
        assert tr is not None and tr.get("type") != "unfinished", f"untranslated: {source!r}"
        texts = [f.text or "" for f in tr.findall("numerusform")] if m.get("numerus") == "yes" else [tr.text or ""]
        assert all(texts), f"empty translation: {source!r}"
        for text in texts:
            assert set(re.findall(r"%\d|%n", source)) == set(re.findall(r"%\d|%n", text)), (source, text)


def test_english_plurals_are_written() -> None:
    plural = [m for m in _messages(TS_DIR / "clientvault_en.ts") if m.get("numerus") == "yes"]
    assert plural
    for m in plural:
        forms = [f.text for f in m.iter("numerusform")]
        assert len(forms) == 2 and "(s)" not in forms[0] and "(s)" not in forms[1], forms


def test_ts_sources_list_every_string_in_the_code(tmp_path: Path) -> None:
    copy = tmp_path / "check.ts"
    shutil.copy(TS_DIR / "clientvault_es.ts", copy)
    sources = sorted(str(p) for p in (ROOT / "clientvault" / "ui").rglob("*.py"))
    out = subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(copy)], capture_output=True, text=True,
                         check=True).stdout
    new = re.search(r"\((\d+) new", out)
    assert new is not None, out
    assert new.group(1) == "0", f"strings missing from the .ts files (run scripts/update_translations.sh): {out}"


@pytest.mark.parametrize("lang", ["es", "en"])
def test_shipped_qm_matches_its_ts(tmp_path: Path, lang: str) -> None:
    qm = tmp_path / f"{lang}.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(TS_DIR / f"clientvault_{lang}.ts"), "-qm", str(qm)],
                   capture_output=True, check=True)
    assert qm.read_bytes() == (TS_DIR / f"clientvault_{lang}.qm").read_bytes()
