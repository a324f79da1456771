"""The log file: ``logs/clientvault.log`` in the data folder, rotated so it never grows without end.

Programmer errors and warnings go here with their full tracebacks; a person only ever sees a short
message and the path of this file.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
from pathlib import Path

from clientvault.paths import ensure_private_dir

LOG_NAME = "clientvault.log"
MAX_BYTES = 1024 * 1024
BACKUPS = 5
_handler: logging.Handler | None = None


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """The log names clients' files: owner-only, also each new file after a rotation."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        with contextlib.suppress(OSError):
            os.chmod(self.baseFilename, 0o600)
        return stream


def log_path(data_dir: Path) -> Path:
    return data_dir / "logs" / LOG_NAME


def setup_logging(data_dir: Path, level: int = logging.INFO) -> Path:
    """Send the program's log records to the rotating file in ``data_dir`` (once per process)."""
    global _handler
    path = log_path(data_dir)
    ensure_private_dir(path.parent)
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = _PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
    root.addHandler(_handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    return path


def stop_logging() -> None:
    """Detach the file handler (tests, and a clean shutdown)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
