"""Helpers for the text extraction tests (imported by the test modules; conftest.py holds the fixtures)."""

from __future__ import annotations

import os
from pathlib import Path

from clientvault.core.filetypes import KINDS


def mime(code: str) -> str:
    return KINDS[code].mime


def alive(pid: int) -> bool:
    """Whether ``pid`` is a live process (a zombie is not), by /proc on Linux, by a null signal elsewhere."""
    if Path("/proc/self").exists():
        try:
            return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
        except OSError:
            return False
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    return True
