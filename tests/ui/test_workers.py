"""run_task: one way to run long work, on the pool it is given (a test's own, or Qt's global one)."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from clientvault.ui.workers import ImmediatePool, Task, run_task, set_pool


def test_an_immediate_pool_runs_the_task_at_once_on_the_calling_thread(qtbot: QtBot) -> None:
    seen: dict[str, Any] = {}

    def work(task: Task) -> int:
        seen["thread"] = threading.current_thread()
        task.report(1, 2, "half")
        return 42

    progress: list[tuple[int, int, str]] = []
    run_task(work, lambda v: seen.setdefault("done", v), lambda e: seen.setdefault("error", e),
             lambda *a: progress.append(a), pool=ImmediatePool())
    assert seen == {"thread": threading.current_thread(), "done": 42}  # no waiting, no other thread
    assert progress == [(1, 2, "half")]


def test_errors_and_on_close_with_a_pool_set_for_the_session(qtbot: QtBot) -> None:
    closed: list[bool] = []
    errors: list[Exception] = []
    set_pool(ImmediatePool())
    try:
        run_task(lambda _t: 1 / 0, lambda _v: None, errors.append, on_close=lambda: closed.append(True))
    finally:
        set_pool(None)
    assert [type(e) for e in errors] == [ZeroDivisionError] and closed == [True]


def test_without_a_pool_the_work_runs_off_the_gui_thread(qtbot: QtBot) -> None:
    seen: dict[str, Any] = {}
    run_task(lambda _t: threading.current_thread(), lambda v: seen.setdefault("thread", v), lambda e: None)
    qtbot.waitUntil(lambda: "thread" in seen)
    assert seen["thread"] is not threading.main_thread()
    QThreadPool.globalInstance().waitForDone()
