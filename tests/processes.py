"""The real ``clientvault`` command in its own process, for tests about what a person (or a
script) sees: exit code, stdout, stderr. English messages unless a test asks for Spanish."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_clientvault(root: Path, *args: str, lang: str = "en", timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "clientvault", "--data-dir", str(root), *args], capture_output=True,
                          text=True, env={**os.environ, "CLIENTVAULT_LANG": lang}, timeout=timeout)
