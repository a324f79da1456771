"""TextWorker: the same extraction in a child process that hangs, dies or misbehaves without harm to us."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from text_helpers import alive, mime

from clientvault.core.text import MAX_CHARS, Extracted
from clientvault.core.text import worker as worker_mod
from clientvault.core.text.result import STATUSES
from clientvault.core.text.worker import TextWorker

LINUX = sys.platform.startswith("linux")


def reaped(pid: int) -> bool:
    """True once ``pid`` is no child of ours any more: it ended and was waited for (no zombie)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False  # still ours: running, or a zombie nobody had waited for (reaped just now, by this check)


def wait_for(condition: Callable[[], bool], seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.05)


@pytest.fixture
def make_worker() -> Iterator[Callable[..., TextWorker]]:
    made: list[TextWorker] = []

    def make(**kwargs: float) -> TextWorker:
        made.append(TextWorker(**kwargs))  # type: ignore[arg-type]
        return made[-1]

    yield make
    for w in made:
        w.close()


@dataclass
class HungRead:
    """A worker reading a scan in another thread while its child waits on a Tesseract that hangs."""

    worker: TextWorker
    thread: threading.Thread
    results: list[Extracted]  # the one answer, once the thread is done
    pid: int  # the child's
    started: Path  # the hung Tesseract wrote its pid here


@pytest.fixture
def hung_read(corpus: Path, make_worker: Callable[..., TextWorker], fake_tesseract: Callable[[float], Path]) -> HungRead:
    started = fake_tesseract(30)
    worker = make_worker(page_seconds=20)
    results: list[Extracted] = []
    thread = threading.Thread(target=lambda: results.append(worker.extract(corpus / "simple.png", mime("png"))))
    thread.start()
    wait_for(started.exists)  # mid-request: the child is waiting on its Tesseract
    pid = worker.pid
    assert pid is not None
    return HungRead(worker, thread, results, pid, started)


def test_worker_extracts_like_the_library(corpus: Path, make_worker: Callable[..., TextWorker]) -> None:
    worker = make_worker()
    assert worker.pid is None  # started on first use
    got = worker.extract(corpus / "pdflatex-4-pages.pdf", mime("pdf"))
    assert (got.status, got.pages) == ("ok", 4)
    assert "Huardest gefburn" in " ".join(got.text.split())
    pid = worker.pid
    assert pid is not None and pid != os.getpid()
    sheet = worker.extract(corpus / "profiles.xls", mime("xls"))
    assert sheet.status == "ok" and "PROFILEDEF" in sheet.text
    assert worker.pid == pid  # one long-lived child
    worker.close()
    assert reaped(pid)


@pytest.mark.usefixtures("tesseract")
def test_worker_reads_scans(corpus: Path, make_worker: Callable[..., TextWorker]) -> None:
    got = make_worker().extract(corpus / "multi-page-images.tiff", mime("tiff"))
    assert (got.status, got.ocr_pages) == ("ok", 3)
    assert all(f"Page {n}." in got.text for n in (1, 2, 3))


@pytest.mark.skipif(not LINUX, reason="reads the child's limits and priority from /proc")
def test_child_runs_at_low_priority_within_its_memory_limit(corpus: Path, make_worker: Callable[..., TextWorker]) -> None:
    worker = make_worker(memory_mb=1200)
    worker.extract(corpus / "minimal-document.pdf", mime("pdf"))
    limits = Path(f"/proc/{worker.pid}/limits").read_text()
    line = next(row for row in limits.splitlines() if row.startswith("Max address space"))
    assert line.split()[3] == str(1200 * 1024 * 1024)
    nice = int(Path(f"/proc/{worker.pid}/stat").read_text().rsplit(")", 1)[1].split()[16])
    assert nice == min(19, os.nice(0) + 10)


def test_page_time_limit_in_the_worker(corpus: Path, make_worker: Callable[..., TextWorker],
                                       fake_tesseract: Callable[[float], Path]) -> None:
    fake_tesseract(30)
    worker = make_worker(page_seconds=1)
    start = time.monotonic()
    got = worker.extract(corpus / "simple.png", mime("png"))
    assert time.monotonic() - start < 8  # the child's start included
    assert got.status == "failed" and "time limit" in got.note
    pid = worker.pid
    assert worker.extract(corpus / "minimal-document.pdf", mime("pdf")).status == "ok"
    assert worker.pid == pid  # a page over its limit does not cost the child


def test_file_time_limit_kills_the_child_and_the_next_file_works(
    corpus: Path, make_worker: Callable[..., TextWorker], fake_tesseract: Callable[[float], Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The child is busy in something that never checks the clock (as PDFium looping on a hostile page
    # would be): no budget of its own, and a Tesseract that hangs well past the file's limit.
    monkeypatch.setattr(worker_mod, "soft_budget", lambda _seconds: None)
    started = fake_tesseract(30)
    worker = make_worker(file_seconds=1, page_seconds=20)
    worker.extract(corpus / "minimal-document.pdf", mime("pdf"))  # the child is up and warm
    old = worker.pid
    assert old is not None
    start = time.monotonic()
    got = worker.extract(corpus / "simple.png", mime("png"))
    assert time.monotonic() - start < 5
    assert (got.status, got.text) == ("failed", "")
    assert "time limit" in got.note
    assert worker.pid is None and reaped(old)
    # SIGKILL to its process group is delivered asynchronously: gone within seconds, as in the twin test below.
    wait_for(lambda: not alive(int(started.read_text().split()[0])), seconds=5)  # its Tesseract went down with it
    again = worker.extract(corpus / "minimal-document.pdf", mime("pdf"))
    assert again.status == "ok" and "Lorem ipsum" in again.text
    assert worker.pid not in (None, old)


def test_a_killed_child_gives_failed_and_the_next_file_works(corpus: Path, hung_read: HungRead) -> None:
    worker, thread, results, pid = hung_read.worker, hung_read.thread, hung_read.results, hung_read.pid
    os.kill(pid, signal.SIGKILL)
    thread.join(10)
    assert not thread.is_alive()
    assert results[0].status == "failed" and "worker died" in results[0].note
    assert "SIGKILL" in results[0].note
    assert reaped(pid)
    wait_for(lambda: not alive(int(hung_read.started.read_text().split()[0])))  # its Tesseract went with it
    again = worker.extract(corpus / "minimal-document.pdf", mime("pdf"))
    assert again.status == "ok"
    assert worker.pid not in (None, pid)


def test_close_from_another_thread_does_not_wait_for_the_file(corpus: Path, hung_read: HungRead) -> None:
    worker, thread, results, pid = hung_read.worker, hung_read.thread, hung_read.results, hung_read.pid
    start = time.monotonic()
    worker.close()  # as the window does when it closes mid-read
    assert time.monotonic() - start < 2
    thread.join(10)
    assert results[0].status == "failed" and results[0].note == "worker closed"
    assert reaped(pid)
    assert worker.extract(corpus / "minimal-document.pdf", mime("pdf")).note == "worker closed"  # and starts nothing
    assert worker.pid is None


@pytest.mark.usefixtures("no_tesseract")
def test_worker_without_tesseract(corpus: Path, make_worker: Callable[..., TextWorker]) -> None:
    worker = make_worker()
    assert worker.extract(corpus / "simple.png", mime("png")).status == "needs_ocr"
    assert worker.extract(corpus / "minimal-document.pdf", mime("pdf")).status == "ok"


def test_bundle_entry_point_serves_the_worker(corpus: Path, make_worker: Callable[..., TextWorker],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    # What the PyInstaller bundle runs: the program's own entry (clientvault/__main__.py) with --text-worker.
    monkeypatch.setattr(worker_mod, "child_command",
                        lambda mb: [sys.executable, "-m", "clientvault", worker_mod.FROZEN_FLAG, "--memory-mb", str(mb)])
    got = make_worker().extract(corpus / "minimal-document.pdf", mime("pdf"))
    assert got.status == "ok" and "Lorem ipsum" in got.text


def test_stray_output_in_the_child_does_not_break_the_protocol(
    corpus: Path, make_worker: Callable[..., TextWorker], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Libraries that print (xlrd does by default, C libraries write to descriptor 1): here an audit hook
    # in the child prints on every file it opens, through Python's stdout and straight to descriptor 1,
    # from the interpreter's start through the extraction itself.
    (tmp_path / "sitecustomize.py").write_text(
        "import os, sys\n"
        "def noisy(event, args):\n"
        "    if event == 'open':\n"
        "        print('noise on stdout')\n"
        "        os.write(1, b'raw noise\\n')\n"
        "sys.addaudithook(noisy)\n"
    )
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")]))
    worker = make_worker()
    for _ in range(2):
        got = worker.extract(corpus / "CSV-basic-ISO-8859-1.CRLF.csv", mime("csv"))
        assert got.status == "ok" and "Hélène" in got.text
        assert "noise" not in got.text
    wait_for(lambda: "raw noise" in caplog.text and "noise on stdout" in caplog.text)  # it did print: to the log


def test_every_corpus_file_ends_in_a_status(corpus: Path, manifest: list[dict[str, str]],
                                           make_worker: Callable[..., TextWorker]) -> None:
    worker = make_worker(file_seconds=60, page_seconds=30)
    seen: dict[str, Extracted] = {}
    for row in manifest:
        start = time.monotonic()
        got = worker.extract(corpus / row["file_name"], mime(row["format"]))
        assert time.monotonic() - start < 60, row["file_name"]
        assert got.status in STATUSES and len(got.text) <= MAX_CHARS
        seen[row["file_name"]] = got
    died = {name: got.note for name, got in seen.items() if "worker died" in got.note}
    assert died == {}
    assert seen["GeoTopo-komprimiert.pdf"].pages == 117
