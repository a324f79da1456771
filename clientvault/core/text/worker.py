"""Text extraction in a long-lived child process, so a hostile file can never take the caller down or hang it.

The parent (:class:`TextWorker`) sends one JSON line per file on the child's stdin and reads one JSON
line back. The child does the real work with :func:`clientvault.core.text.readers.extract`. What each
side guarantees:

* the child runs at low priority (``nice 10``; Windows: below normal) and, on Linux, within an address
  space limit (``RLIMIT_AS``), which Tesseract, its child, inherits: a file that would eat the
  machine's memory gets a MemoryError or a dead worker instead;
* the child stops starting OCR pages a little before the file's time limit (``soft_budget``), so a
  long scan answers with its first pages; if no reply comes by the limit anyway (PDFium looping, a
  hung library), the parent kills the child's whole process group (Tesseract with it), reaps it and
  answers "failed" with "time limit"; the next file starts a new child;
* a child that dies (segfault, abort, kill -9, MemoryError at start) gives "failed" with "worker
  died", and the next file starts a new one; every child is waited for, so none is left a zombie;
* the protocol has the child's real stdin/stdout to itself: file descriptors 0 and 1 are pointed
  at the null device and at stderr first, so a library that prints cannot corrupt a reply;
* the child's stderr (its log and any C library's chatter) goes to this module's logger.

The child is ``python -m clientvault.core.text.worker``, or in the PyInstaller bundle the program
itself with ``--text-worker`` first (``clientvault/__main__.py`` hands that to :func:`serve`).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from clientvault.core.text.result import Extracted, failed

log = logging.getLogger("clientvault.core.text.worker")  # not "__main__" in the child

FROZEN_FLAG = "--text-worker"
START_SECONDS = 60.0  # for a child to import its libraries and say it is ready (a cold disk is slow)
STOP_SECONDS = 2.0  # for a child to leave on its own when told to, before it is killed
_LOG_LINE = 2000  # characters of one stderr line kept in the log
_WINDOWS_FLAGS = getattr(subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0) | getattr(subprocess, "CREATE_NO_WINDOW", 0)


def child_command(memory_mb: int) -> list[str]:
    """How to start a child: this interpreter with the module, or the bundle's own program with a flag."""
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_FLAG, "--memory-mb", str(memory_mb)]
    return [sys.executable, "-m", "clientvault.core.text.worker", "--memory-mb", str(memory_mb)]


def soft_budget(file_seconds: float) -> float:
    """The time the child gives itself for a file: the parent's limit less room to reply (2 s or 10%)."""
    return max(file_seconds * 0.5, file_seconds - max(2.0, file_seconds * 0.1))


class WorkerDied(Exception):
    """The child went away (or never started); ``str()`` says how, in plain English."""


class _Child:
    """One child process, with a thread reading its replies and one copying its stderr to the log."""

    def __init__(self, command: list[str]) -> None:
        posix = os.name == "posix"
        self.proc = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            # Its own process group on POSIX, so a kill takes Tesseract along; below normal on Windows.
            start_new_session=posix, creationflags=0 if posix else _WINDOWS_FLAGS,
        )
        self.pid = self.proc.pid
        self._replies: queue.Queue[bytes | None] = queue.Queue()
        threading.Thread(target=self._read_replies, name=f"text-worker-{self.pid}-out", daemon=True).start()
        threading.Thread(target=self._copy_log, name=f"text-worker-{self.pid}-err", daemon=True).start()

    def _read_replies(self) -> None:
        assert self.proc.stdout is not None
        try:
            for line in self.proc.stdout:
                self._replies.put(line)
        except (OSError, ValueError):  # our end closed by kill()
            pass
        finally:
            self._replies.put(None)

    def _copy_log(self) -> None:
        assert self.proc.stderr is not None
        try:
            for raw in self.proc.stderr:
                line = raw.decode("utf-8", "replace").rstrip()[:_LOG_LINE]
                level_name, _, rest = line.partition(":")
                level = logging.getLevelName(level_name)
                if isinstance(level, int):
                    log.log(level, "text worker %d: %s", self.pid, rest)
                elif line:  # not our log format: a traceback line or a C library talking
                    log.warning("text worker %d: %s", self.pid, line)
        except (OSError, ValueError):
            pass

    def send(self, message: dict[str, Any]) -> None:
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.write(json.dumps(message).encode("utf-8") + b"\n")
            self.proc.stdin.flush()
        except (OSError, ValueError) as exc:  # BrokenPipeError: it is gone; ValueError: closed under us
            raise WorkerDied(self.how_it_ended()) from exc

    def receive(self, seconds: float) -> dict[str, Any]:
        """The next reply; ``queue.Empty`` when none came in ``seconds``, WorkerDied when it ended."""
        line = self._replies.get(timeout=seconds)
        if line is None:
            raise WorkerDied(self.how_it_ended())
        try:
            reply = json.loads(line)
        except ValueError as exc:
            raise WorkerDied(f"worker sent a bad reply ({exc})") from exc
        if not isinstance(reply, dict):
            raise WorkerDied("worker sent a bad reply (not an object)")
        return reply

    def wait_ready(self, seconds: float) -> dict[str, Any]:
        """The child's first protocol line. Lines before it are skipped (and logged): what a ``.pth`` file
        or ``sitecustomize`` prints as the interpreter starts, before the child takes fd 1 for itself."""
        deadline = time.monotonic() + seconds
        while True:
            line = self._replies.get(timeout=max(deadline - time.monotonic(), 0.001))
            if line is None:
                raise WorkerDied(self.how_it_ended())
            try:
                message = json.loads(line)
            except ValueError:
                message = None
            if isinstance(message, dict) and message.get("ready") is True:
                return message
            log.warning("text worker %d printed before it was ready: %r", self.pid, line[:200])

    def how_it_ended(self) -> str:
        """Why its output ended, once it is gone: killed first with its group, because a child killed from
        outside (kill -9, the OOM killer) leaves its Tesseract running otherwise."""
        self.kill()
        code = self.proc.returncode
        if code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = f"signal {-code}"
            return f"worker died (killed by {name})"
        return f"worker died (exit code {code})"

    def kill(self) -> None:
        """Kill it and everything it started, then reap it (no zombie) and close our pipe ends."""
        if self.proc.returncode is None:
            try:
                if os.name == "posix":
                    # Before wait(): an unreaped child keeps its pid, so the group id cannot be someone else's.
                    os.killpg(self.pid, signal.SIGKILL)
                else:
                    self.proc.kill()
            except (ProcessLookupError, PermissionError):
                pass
        self.proc.wait()
        for pipe in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if pipe is not None:
                try:
                    pipe.close()
                except OSError:
                    pass

    def stop(self) -> None:
        """Ask it to leave (end of its input), give it a moment, then kill what remains."""
        try:
            if self.proc.stdin is not None:
                self.proc.stdin.close()
            self.proc.wait(timeout=STOP_SECONDS)
        except (OSError, subprocess.TimeoutExpired):
            pass
        self.kill()


class TextWorker:
    """Extract text in a child process; thread-safe (one file at a time), a context manager.

    ``file_seconds`` bounds one file (then the child is killed); ``page_seconds`` one page's OCR;
    ``memory_mb`` the child's address space on Linux. The child starts on first use.
    """

    def __init__(self, *, file_seconds: float = 120.0, page_seconds: float = 60.0, memory_mb: int = 1500) -> None:
        self.file_seconds = file_seconds
        self.page_seconds = page_seconds
        self.memory_mb = memory_mb
        self._lock = threading.Lock()
        self._child: _Child | None = None
        self._closed = False

    @property
    def pid(self) -> int | None:
        """The running child's process id, None before the first file or after it ended."""
        child = self._child
        return child.pid if child is not None else None

    def extract(self, path: str | os.PathLike[str], mime: str) -> Extracted:
        """The text of one file, as :func:`clientvault.core.text.extract` gives it; never raises for a bad file."""
        with self._lock:
            if self._closed:  # closed by another thread (the window closing) just before this file
                return failed("worker closed")
            try:
                child = self._running_child()
                child.send({"path": os.fspath(path), "mime": mime, "page_seconds": self.page_seconds,
                            "file_seconds": soft_budget(self.file_seconds)})
                reply = child.receive(self.file_seconds)
                return Extracted.from_json(reply)
            except queue.Empty:
                log.warning("text of %s: no reply in %g s, stopping worker %d", path, self.file_seconds, child.pid)
                self._discard()
                return failed(f"time limit: no result within {self.file_seconds:g} s, the worker was stopped")
            except (WorkerDied, ValueError) as exc:
                note = "worker closed" if self._closed else str(exc)
                log.warning("text of %s: %s", path, note)
                self._discard()
                return failed(note)
            finally:
                if self._closed:  # close() ran meanwhile, perhaps while this call started a new child
                    self._discard()

    def _running_child(self) -> _Child:
        if self._child is not None:
            return self._child
        try:
            child = _Child(child_command(self.memory_mb))
        except OSError as exc:
            raise WorkerDied(f"worker did not start ({exc})") from exc
        self._child = child
        try:
            ready = child.wait_ready(START_SECONDS)
        except queue.Empty:
            self._discard()
            raise WorkerDied(f"worker did not start (not ready within {START_SECONDS:g} s)") from None
        except WorkerDied:
            self._discard()
            raise
        log.info("text worker %d ready: %s", child.pid, ready.get("ocr", ""))
        return child

    def _discard(self) -> None:
        child, self._child = self._child, None
        if child is not None:
            child.kill()

    def close(self) -> None:
        """End the child; never waits for a file in progress (that one gets "failed", "worker closed").
        Safe to call twice and from another thread than the one extracting."""
        self._closed = True
        idle = self._lock.acquire(blocking=False)
        try:
            child, self._child = self._child, None
            if child is not None:
                if idle:
                    child.stop()  # it leaves when its input ends
                else:
                    child.kill()  # busy: the caller is closing now, the file in progress is dropped
        finally:
            if idle:
                self._lock.release()

    def __enter__(self) -> TextWorker:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


# ---------------------------------------------------------------- the child's side


def _lower_priority() -> None:
    if hasattr(os, "nice"):
        try:
            os.nice(10)
        except OSError:
            pass


def _limit_memory(memory_mb: int) -> None:
    if not sys.platform.startswith("linux") or memory_mb <= 0:
        return  # macOS does not enforce RLIMIT_AS; Windows has none (the parent's kill still bounds time)
    import resource

    limit = memory_mb * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _protocol_streams() -> tuple[IO[bytes], IO[bytes]]:
    """Private copies of stdin and stdout for the protocol; fd 0 reads nothing and fd 1 writes to stderr."""
    try:
        proto_in = os.fdopen(os.dup(0), "rb")
        proto_out = os.fdopen(os.dup(1), "wb")
    except OSError:  # no real descriptors (a windowed program on Windows): use what Python was given
        return sys.stdin.buffer, sys.stdout.buffer
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return proto_in, proto_out


def _answer(line: bytes) -> Extracted:
    from clientvault.core.text.readers import extract

    try:
        request = json.loads(line)
        path, mime = request["path"], request["mime"]
        page_seconds = float(request.get("page_seconds", 60.0))
        file_seconds = request.get("file_seconds")
        if not isinstance(path, str) or not isinstance(mime, str):
            raise TypeError("path and mime must be strings")
    except (ValueError, KeyError, TypeError) as exc:
        return failed(f"bad request ({exc})")
    return extract(Path(path), mime, page_seconds=page_seconds,
                   file_seconds=float(file_seconds) if file_seconds is not None else None)


def serve(argv: list[str] | None = None) -> int:
    """The child's loop: one request line in, one reply line out, until its input ends."""
    parser = argparse.ArgumentParser(prog="clientvault-text-worker")
    parser.add_argument("--memory-mb", type=int, default=1500)
    args = parser.parse_args(argv)
    _lower_priority()
    _limit_memory(args.memory_mb)
    proto_in, proto_out = _protocol_streams()
    logging.basicConfig(stream=sys.stderr, level=logging.INFO, format="%(levelname)s:%(name)s: %(message)s")
    from clientvault.core.text import ocr

    try:  # loaded now, so the first file's time limit is not spent importing them
        import PIL.Image  # noqa: F401
        import pypdfium2  # noqa: F401
    except ImportError as exc:
        log.warning("preloading failed: %s", exc)
    started = time.monotonic()
    proto_out.write(json.dumps({"ready": True, "pid": os.getpid(), "ocr": ocr.describe()}).encode("utf-8") + b"\n")
    proto_out.flush()
    for line in proto_in:
        result = _answer(line)
        proto_out.write(json.dumps(result.to_json(), ensure_ascii=False).encode("utf-8", "replace") + b"\n")
        proto_out.flush()
    log.info("leaving after %.0f s", time.monotonic() - started)
    return 0


if __name__ == "__main__":
    sys.exit(serve())
