"""OCR with the ``tesseract`` program, one page image at a time.

We run the executable rather than bind the library: no new dependency, a page that makes Tesseract
crash or hang only costs that process, and its time limit is a plain ``timeout`` followed by a kill.
The image goes in on stdin as PGM (uncompressed: nothing to encode or decode on either side) and
the text comes back on stdout.

``OMP_THREAD_LIMIT=1``: Debian's Tesseract 5.3 is built with OpenMP. Measured on this 2-core machine
(``-l spa+eng --psm 3``): a dense 300-dpi A4 page (2481 x 3508) took 24.8-25.3 s with OpenMP's
default threads and 2.4-2.5 s with one thread, same text; the sparse 2476 x 3204 TIFF page of the
corpus 0.71 s against 0.48-0.50 s. The threads spin against each other (and against the window), so
one thread is both faster and kinder. A value the person set in the environment is kept.

Where the program is: ``CLIENTVAULT_TESSERACT`` (a path) wins; then ``PATH``; then the places the
installers put it, which a program started from the Windows Start menu or the macOS Finder may not
have on its ``PATH``.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

ENV_VAR = "CLIENTVAULT_TESSERACT"
WANTED_LANGUAGES = ("spa", "eng")
_KNOWN_PLACES = {
    "win32": (r"C:\Program Files\Tesseract-OCR\tesseract.exe", r"C:\Program Files (x86)\Tesseract-OCR\tesseract.exe"),
    "darwin": ("/opt/homebrew/bin/tesseract", "/usr/local/bin/tesseract", "/opt/local/bin/tesseract"),
}
_LIST_SECONDS = 15.0  # --list-langs reads a folder; a program that takes longer is not a working Tesseract
_NO_WINDOW = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # Windows: no console flashing up per page

_languages: dict[str, tuple[str, ...]] = {}  # program path -> the wanted languages it has ("" = none)
_languages_lock = threading.Lock()


@dataclass(frozen=True)
class OcrResult:
    text: str
    timed_out: bool = False
    error: str = ""  # plain English, for the note and the log


def tesseract_program() -> str | None:
    """The tesseract executable to run, or None when none is installed (or the override points nowhere)."""
    override = os.environ.get(ENV_VAR)
    if override:
        return override if os.path.isfile(override) and os.access(override, os.X_OK) else None
    found = shutil.which("tesseract")
    if found:
        return found
    for place in _KNOWN_PLACES.get(sys.platform, ()):
        if os.path.isfile(place):
            return place
    return None


def _tesseract_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("OMP_THREAD_LIMIT", "1")  # see the module docstring for the measurement
    return env


def languages(program: str) -> tuple[str, ...]:
    """Spanish and English among what ``program --list-langs`` reports, asked once per program."""
    with _languages_lock:
        if program not in _languages:
            _languages[program] = _list_languages(program)
        return _languages[program]


def _list_languages(program: str) -> tuple[str, ...]:
    try:
        proc = subprocess.run(
            [program, "--list-langs"], capture_output=True, timeout=_LIST_SECONDS, env=_tesseract_env(),
            stdin=subprocess.DEVNULL, creationflags=_NO_WINDOW,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("tesseract at %s does not run: %s", program, exc)
        return ()
    # The first line is a heading ("List of available languages in ..."); older versions print it on stderr.
    listed = {line.strip() for line in (proc.stdout + proc.stderr).decode("utf-8", "replace").splitlines()}
    found = tuple(lang for lang in WANTED_LANGUAGES if lang in listed)
    if not found:
        log.warning("tesseract at %s has neither Spanish nor English language data", program)
    return found


def ocr_available() -> bool:
    """True when a Tesseract with Spanish or English data can be run."""
    program = tesseract_program()
    return program is not None and bool(languages(program))


def ocr_image(pgm: bytes, seconds: float) -> OcrResult:
    """The text Tesseract reads in one grayscale PGM image, giving up (and killing it) after ``seconds``."""
    program = tesseract_program()
    langs = languages(program) if program else ()
    if program is None or not langs:
        return OcrResult("", error="Tesseract is not installed")
    try:
        proc = subprocess.Popen(
            [program, "stdin", "stdout", "-l", "+".join(langs), "--psm", "3"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            env=_tesseract_env(), creationflags=_NO_WINDOW,
        )
    except OSError as exc:
        return OcrResult("", error=f"Tesseract did not start: {exc}")
    try:
        out, err = proc.communicate(pgm, timeout=max(seconds, 0.01))
    except subprocess.TimeoutExpired:
        _stop(proc)
        return OcrResult("", timed_out=True)
    except BaseException:
        _stop(proc)
        raise
    if proc.returncode != 0:
        detail = err.decode("utf-8", "replace").strip().splitlines()
        return OcrResult("", error=f"Tesseract failed (exit {proc.returncode}): {detail[-1] if detail else 'no message'}")
    return OcrResult(out.decode("utf-8", "replace"))


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """Kill and reap it, then close our ends of the pipes. Not ``communicate()`` again: that would
    wait for the pipes to close, which a process it started (a wrapper script's child) may hold open."""
    proc.kill()
    proc.wait()
    for pipe in (proc.stdin, proc.stdout, proc.stderr):
        if pipe is not None:
            try:
                pipe.close()
            except OSError:
                pass


def reset_cache() -> None:
    """Forget which languages each program has (tests swap programs; a person may install data)."""
    with _languages_lock:
        _languages.clear()


def describe(program: str | None = None) -> str:
    """One line for the log: which Tesseract and which languages, or that there is none."""
    program = program or tesseract_program()
    if program is None:
        return "Tesseract: not found"
    return f"Tesseract: {Path(program)} ({'+'.join(languages(program)) or 'no Spanish/English data'})"
