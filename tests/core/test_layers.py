"""The core is a library without a screen: importing it must never load Qt (DESIGN.md, "Layers")."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
import textwrap

import clientvault.core

SCRIPT = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys
    import clientvault.core
    names = ["clientvault.paths"] + [
        m.name for m in pkgutil.walk_packages(clientvault.core.__path__, "clientvault.core.")
    ]
    for name in names:
        importlib.import_module(name)
    qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"))
    print(json.dumps({"imported": names, "qt": qt}))
    """
)


def test_core_and_paths_never_import_qt() -> None:
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    expected = {m.name for m in pkgutil.walk_packages(clientvault.core.__path__, "clientvault.core.")}
    assert expected >= {"clientvault.core.vault", "clientvault.core.maintenance", "clientvault.core.db"}
    assert set(result["imported"]) == expected | {"clientvault.paths"}
    assert result["qt"] == []
