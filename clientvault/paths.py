"""Where the vault lives, and where bundled resources are found (frozen or not)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from clientvault import APP_NAME

ENV_DATA_DIR = "CLIENTVAULT_DATA_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then ``CLIENTVAULT_DATA_DIR``, then the platform's user data folder."""
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` readable by its owner only: it holds clients' private papers."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, both from a source checkout and inside a PyInstaller bundle."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base.joinpath("resources", *parts)
