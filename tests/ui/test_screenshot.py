"""A PNG of the real window, drawn by a real X server (Xvfb) through Qt's xcb platform, in Spanish
and in English, with a few companies and files. The PNGs land in ``shots/`` at the repository root
(gitignored) for a person to look at; the test checks they are the window's size and not blank."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / "shots"
SCRIPT = Path(__file__).with_name("shot_window.py")

pytestmark = pytest.mark.xvfb


@pytest.fixture(scope="module")
def xvfb_display() -> Iterator[str]:
    """Start ``Xvfb`` on a free display (it picks one itself with -displayfd) and stop it after."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (apt-get install xvfb)")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
                            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as fh:
            number = fh.readline().strip()  # written once the server accepts connections
        if not number.isdigit():
            proc.kill()
            pytest.fail(f"Xvfb did not start: {proc.stderr.read().decode(errors='replace') if proc.stderr else ''}")
        yield f":{number}"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def distinct_colours(image: QImage, step: int = 7) -> int:
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


def shoot(display: str, lang: str, tmp_path: Path, corpus: Path, out: Path, *options: str) -> QImage:
    """Run shot_window.py under the X server; the PNG it saved, checked to be the window and not blank."""
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
    return image


@pytest.mark.parametrize("lang", ["es", "en"])
def test_window_screenshot(xvfb_display: str, lang: str, tmp_path: Path, corpus: Path) -> None:
    shoot(xvfb_display, lang, tmp_path, corpus, SHOTS / f"window-{lang}.png")


@pytest.mark.parametrize("lang", ["es", "en"])
def test_search_results_screenshot(xvfb_display: str, lang: str, tmp_path: Path, corpus: Path) -> None:
    """The results of the toolbar's search across all companies, at the most common laptop size."""
    shoot(xvfb_display, lang, tmp_path, corpus, SHOTS / f"search-{lang}.png", "--search", "camara", "--size", "1366x768")
