"""Automatic copies of the catalog, so that "restore the most recent backup" always has one to name.

Taken with the engine's online backup (SQLite: consistent, safe while other processes write) into
``<data folder>/backups/``: once a day when the vault is opened, and before every repair; the last
``KEEP`` are kept. (A copy before a format upgrade, ``vault.v<N>-<date>.bak``, stays beside
``vault.db`` as before.) They hold the catalog only (names, dates, checksums), never the
documents, which are the files in ``companies/``.
"""

from __future__ import annotations

import logging
import os
import shutil
import time
import uuid
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from clientvault.paths import private_opener

if TYPE_CHECKING:
    from clientvault.core.vault import Vault

log = logging.getLogger(__name__)

FOLDER = "backups"
KEEP = 7
DAILY = "diaria"
BEFORE_REPAIR = "antes-de-reparar"
DAY = 24 * 3600


def folder(root: Path) -> Path:
    return root / FOLDER


def listing(root: Path) -> list[Path]:
    """Every backup of the catalog, newest first (the automatic ones and those before an upgrade)."""
    found = [p for p in folder(root).glob("*.bak") if p.is_file()] if folder(root).is_dir() else []
    found += [p for p in root.glob("vault.v*.bak") if p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def newest(root: Path) -> Path | None:
    found = listing(root)
    return found[0] if found else None


def take(vault: Vault, label: str) -> Path | None:
    """A backup now; then only the newest ``KEEP`` automatic ones are kept."""
    path = vault.catalog.backup(label, folder(vault.root))
    if path is not None:
        prune(vault.root)
    return path


def prune(root: Path) -> None:
    """The newest ``KEEP`` of each kind: seven repairs in a row (retries after damage) must not push
    out the daily copies from before the damage. Leftover part files of killed backups go too."""
    for label in (DAILY, BEFORE_REPAIR):
        kind = sorted((p for p in folder(root).glob(f"*.{label}-*.bak") if p.is_file()),
                      key=lambda p: p.stat().st_mtime, reverse=True)
        for old in kind[KEEP:]:
            old.unlink(missing_ok=True)
    now = time.time()
    for part in folder(root).glob(".*.part"):
        if now - part.stat().st_mtime > DAY:
            part.unlink(missing_ok=True)


def daily_if_due(vault: Vault) -> Path | None:
    """The day's backup, if none was taken in the last 24 hours (one stat per backup otherwise)."""
    now = time.time()
    recent = [p for p in (folder(vault.root).glob(f"*.{DAILY}-*.bak") if folder(vault.root).is_dir() else [])
              if now - p.stat().st_mtime < DAY]
    if recent:
        return None
    try:
        return take(vault, DAILY)
    except Exception as exc:  # a full disk, a locked database: must not stop the vault from opening
        log.warning("could not take the daily backup: %s", exc)
        return None


def restore(root: Path, backup: Path | None = None) -> tuple[Path, Path | None]:
    """Put ``backup`` (default: the newest) in place of ``vault.db``; the catalog must be closed.
    The replaced database, if any, is kept beside it as ``vault.db.replaced-<date>``, never
    deleted. Returns (the backup used, where the replaced database went)."""
    from clientvault.core.rebuild import set_aside

    chosen = backup or newest(root)
    if chosen is None:
        raise LookupError("no backup")
    # The copy is made (and made durable) before anything is moved: a full disk here leaves the
    # vault exactly as it was.
    temp = root / f".vault.db.restoring-{uuid.uuid4().hex[:8]}"
    try:
        with open(chosen, "rb") as src, open(temp, "xb", opener=private_opener) as dst:
            shutil.copyfileobj(src, dst)
            dst.flush()
            os.fsync(dst.fileno())
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    aside = set_aside(root)
    os.replace(temp, root / "vault.db")
    return chosen, aside


def describe(path: Path) -> str:
    """A backup as a person reads it: its file name and when it was taken."""
    when = datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    return f"{path.name} ({when})"
