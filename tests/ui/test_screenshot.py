"""A PNG of the real window, drawn by a real X server (Xvfb) through Qt's xcb platform, in Spanish
and in English, with a few companies and files. The PNGs land in ``shots/`` at the repository root
(gitignored) for a person to look at; the test checks they are the window's size and not blank."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / "shots"
SCRIPT = Path(__file__).with_name("shot_window.py")

pytestmark = pytest.mark.xvfb


def start_xvfb(size: str) -> tuple[subprocess.Popen[bytes], str]:
    """``Xvfb`` with one screen of ``size`` on a free display (it picks one itself with -displayfd)."""
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    os.close(write_fd)
    with os.fdopen(read_fd) as fh:
        number = fh.readline().strip()  # written once the server accepts connections
    if not number.isdigit():
        proc.kill()
        pytest.fail(f"Xvfb did not start: {proc.stderr.read().decode(errors='replace') if proc.stderr else ''}")
    return proc, f":{number}"


@pytest.fixture(scope="module")
def displays() -> Iterator[Callable[[str], str]]:
    """One X server per screen size, started when a test first asks for that size, so a window
    that sizes itself to the screen (the preview window) meets a laptop's screen, not a big one."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (apt-get install xvfb)")
    started: dict[str, tuple[subprocess.Popen[bytes], str]] = {}

    def display(size: str) -> str:
        if size not in started:
            started[size] = start_xvfb(size)
        return started[size][1]

    try:
        yield display
    finally:
        for proc, _ in started.values():
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@pytest.fixture(scope="module")
def xvfb_display(displays: Callable[[str], str]) -> str:
    return displays("1400x900")


def distinct_colours(image: QImage, step: int = 7) -> int:
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


def shoot(display: str, lang: str, tmp_path: Path, corpus: Path, out: Path, *options: str) -> QImage:
    """Run shot_window.py under the X server; the PNG it saved, checked to be the window and not blank,
    with nothing on it cut short (see shot_window.layout_problems)."""
    out.unlink(missing_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", CLIENTVAULT_LANG=lang,
               CLIENTVAULT_DATA_DIR=str(tmp_path / "data"), PYTHONPATH=str(REPO))
    done = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path / "vault"), str(out), str(corpus), *options],
                          env=env, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    info = json.loads(done.stdout.strip().splitlines()[-1])
    assert info["platform"] == "xcb"
    image = QImage(str(out))
    assert not image.isNull(), f"{out} is not a PNG Qt can read"
    assert (image.width(), image.height()) == (info["width"], info["height"])
    assert image.width() >= 800 and image.height() >= 500
    assert distinct_colours(image) > 20  # text, icons, selection: not a blank or single-colour image
    assert info["problems"] == [], f"{out.name}: {info['problems']}"
    return image


@pytest.mark.parametrize("lang", ["es", "en"])
def test_window_screenshot(xvfb_display: str, lang: str, tmp_path: Path, corpus: Path) -> None:
    shoot(xvfb_display, lang, tmp_path, corpus, SHOTS / f"window-{lang}.png")


@pytest.mark.parametrize("lang", ["es", "en"])
def test_search_results_screenshot(xvfb_display: str, lang: str, tmp_path: Path, corpus: Path) -> None:
    """The results of the toolbar's search across all companies, at the most common laptop size."""
    shoot(xvfb_display, lang, tmp_path, corpus, SHOTS / f"search-{lang}.png", "--search", "camara", "--size", "1366x768")


SIZES = ["1366x768", "1600x1000"]  # the most common laptop, and a desktop screen


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("scene", ["first-start", "pdf", "sheet", "preview-window", "print-preview", "due"])
def test_scene_screenshot(displays: Callable[[str], str], scene: str, size: str, lang: str, tmp_path: Path,
                          corpus: Path) -> None:
    """The screens a person meets in the first hour, at both sizes and in both languages: each one
    fits its screen and has nothing cut (the PNGs in shots/ are for a person to look at)."""
    image = shoot(displays(size), lang, tmp_path, corpus, SHOTS / f"{scene}-{size}-{lang}.png", "--scene", scene,
                  "--size", size)
    width, height = (int(x) for x in size.split("x"))
    assert image.width() <= width and image.height() <= height
