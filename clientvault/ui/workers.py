"""Background work: one ``run_task()`` for everything long, results delivered on the GUI thread.

Each task runs on a thread pool (Qt's global one unless a pool is given, or set for tests with
``set_pool``). peewee gives every thread its own database connection; a task that used the vault
closes its thread's connection when it ends (``on_close=vault.release_thread``) so pool threads do
not keep files open.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)
_running: set[Task] = set()  # keeps tasks (and their signal objects) alive until they report


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)


class Task(QRunnable):
    """A cancellable piece of work; ``fn(task)`` may call ``task.report()`` and check ``task.cancelled``."""

    def __init__(self, fn: Callable[[Task], Any], on_close: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self._fn = fn
        self._on_close = on_close
        self._cancel = threading.Event()
        self.relay: QObject | None = None

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int, text: str = "") -> None:
        self.signals.progress.emit(done, total, text)

    def run(self) -> None:
        try:
            result = self._fn(self)
        except Exception as exc:  # delivered to on_error; a person sees a message, the log the traceback
            log.exception("background task failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)
        finally:
            if self._on_close is not None:
                self._on_close()


class _Relay(QObject):
    """Lives on the GUI thread, so signals emitted by the worker reach it through the event queue
    (a plain lambda connected without a receiver could run on the worker thread)."""

    def __init__(self, task: Task, on_done: Callable[[Any], None], on_error: Callable[[Exception], None],
                 on_progress: Callable[[int, int, str], None] | None) -> None:
        super().__init__()
        self._task, self._on_done, self._on_error, self._on_progress = task, on_done, on_error, on_progress

    @Slot(object)
    def done(self, value: Any) -> None:
        _running.discard(self._task)
        self._on_done(value)

    @Slot(object)
    def failed(self, exc: Exception) -> None:
        _running.discard(self._task)
        self._on_error(exc)

    @Slot(int, int, str)
    def progress(self, done: int, total: int, text: str) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total, text)


def progress_dialog(parent: QWidget, name: str, title: str, label: str, cancel: str, maximum: int,
                    min_duration_ms: int) -> QProgressDialog:
    """The window-modal, cancellable progress dialog every background task shows. It stays open
    until the task reports back (no auto-close or auto-reset when the bar is full)."""
    progress = QProgressDialog(label, cancel, 0, maximum, parent)
    progress.setObjectName(name)
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(min_duration_ms)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    return progress


class Pool(Protocol):
    def start(self, runnable: QRunnable) -> None: ...


class ImmediatePool:
    """Runs each task at once on the calling thread: for tests that want a task's result without
    waiting (its signals then reach their receivers directly)."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()


_pool: Pool | None = None


def set_pool(pool: Pool | None) -> None:
    """The pool ``run_task`` uses when given none (None: Qt's global pool). Tests may set a
    pool of their own."""
    global _pool
    _pool = pool


def run_task(fn: Callable[[Task], Any], on_done: Callable[[Any], None], on_error: Callable[[Exception], None],
             on_progress: Callable[[int, int, str], None] | None = None,
             on_close: Callable[[], None] | None = None, pool: Pool | None = None) -> Task:
    """Run ``fn`` off the GUI thread; ``on_done``/``on_error``/``on_progress`` run on the GUI thread.
    ``on_close`` runs on the worker when ``fn`` ends (a vault task passes ``vault.release_thread``)."""
    task = Task(fn, on_close)
    relay = task.relay = _Relay(task, on_done, on_error, on_progress)
    _running.add(task)
    task.signals.done.connect(relay.done)
    task.signals.failed.connect(relay.failed)
    task.signals.progress.connect(relay.progress)
    (pool or _pool or QThreadPool.globalInstance()).start(task)
    return task
