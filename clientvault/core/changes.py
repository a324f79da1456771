"""The change feed: after every committed change the vault tells its listeners what changed.

Plain Python, no Qt: the window turns these into Qt signals (``ui/events.py``), the command line
ignores them, a search index could follow them. Listeners run on the thread that committed (an
import runs in a worker thread), so a listener must only hand the change over, never block.

Changes committed by another process (the command line while the window is open, later another
computer) arrive through the catalog's change log (``Vault.poll_changes``) with ``external=True``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, get_args

log = logging.getLogger(__name__)

ChangeKind = Literal[
    "document_added",  # imported, or registered again by a repair
    "document_changed",  # renamed, restored from the trash, its record repaired
    "document_removed",  # moved to the trash or purged
    "company_added",
    "company_changed",
    "company_removed",
    "settings_changed",
    "types_changed",  # paper types or their expiry rules were added or edited
]
KINDS: tuple[ChangeKind, ...] = get_args(ChangeKind)


@dataclass(frozen=True)
class Change:
    """One committed change. ``document_ids`` name the documents it touched (empty for companies
    and settings); ``external`` is True when another process committed it."""

    kind: ChangeKind
    company_id: int | None = None
    document_ids: tuple[int, ...] = ()
    external: bool = False


Listener = Callable[[Change], None]


class ChangeFeed:
    """Listeners subscribe; the vault publishes after commit. A failing listener is logged and
    never undoes or interrupts the change that was already committed."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Add a listener; returns the function that removes it."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, change: Change) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(change)
            except Exception:  # a view's bug must not look like a failed import
                log.exception("change listener failed on %s", change)
