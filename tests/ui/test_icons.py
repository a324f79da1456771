"""The lazily drawn icons (toolbar and format badges): drawn at the size asked, greyed when disabled,
and safe when a copy of one is changed (Qt then clones the Python icon engine)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from clientvault.ui import icons


def test_icons_are_drawn_at_the_size_asked(qapp) -> None:  # noqa: ANN001
    for icon in (icons.action_icon("upload"), icons.format_icon("pdf")):
        for side in (16, 24, 48):
            image = icon.pixmap(QSize(side, side)).toImage()
            assert (image.width(), image.height()) == (side, side)
            drawn = sum(image.pixelColor(x, y).alpha() > 0 for x in range(side) for y in range(side))
            assert drawn > side  # something is drawn, not an empty square


def test_a_disabled_icon_is_greyed(qapp) -> None:  # noqa: ANN001
    icon = icons.format_icon("pdf")  # red badge
    normal = icon.pixmap(QSize(24, 24)).toImage().pixelColor(12, 4)
    disabled = icon.pixmap(QSize(24, 24), QIcon.Mode.Disabled).toImage().pixelColor(12, 4)
    assert normal.red() > normal.green() + 60  # red
    assert abs(disabled.red() - disabled.green()) < 30  # grey


def test_changing_a_copy_of_an_icon_does_not_crash() -> None:
    """Qt clones the engine of an icon copy that is changed; PySide freed the Python clone at once and
    the program crashed (SIGSEGV) on first use. Run in a child process, so a crash fails this test only."""
    code = textwrap.dedent("""
        import gc
        from PySide6.QtCore import QSize
        from PySide6.QtGui import QIcon, QPixmap
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from clientvault.ui import icons
        for icon in (icons.format_icon("pdf"), icons.action_icon("upload")):
            copy = QIcon(icon)
            copy.addPixmap(QPixmap(8, 8))
            gc.collect()
            assert not copy.pixmap(QSize(24, 24)).isNull()
        print("drawn")
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    assert "drawn" in done.stdout
