"""Draw ClientVault's application icon and write it at the usual sizes (PNG, .ico, .icns).

A maintainer's tool: the generated files are committed under clientvault/resources/icons/, so building or
running the program never needs this script. Run: python scripts/make_app_icon.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QLinearGradient, QPainter, QPainterPath, QPen  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "clientvault" / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def draw(size: int) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 64.0
    # Background: a deep blue rounded square, the colour of ledgers and bank statements.
    grad = QLinearGradient(QPointF(0, 0), QPointF(0, size))
    grad.setColorAt(0, QColor("#2f6fb2"))
    grad.setColorAt(1, QColor("#173d68"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(grad)
    p.drawRoundedRect(QRectF(2 * s, 2 * s, 60 * s, 60 * s), 13 * s, 13 * s)
    # A folder: the company's documents.
    folder = QPainterPath()
    folder.moveTo(12 * s, 20 * s)
    folder.lineTo(26 * s, 20 * s)
    folder.lineTo(30 * s, 24 * s)
    folder.lineTo(52 * s, 24 * s)
    folder.lineTo(52 * s, 48 * s)
    folder.lineTo(12 * s, 48 * s)
    folder.closeSubpath()
    p.setBrush(QColor("#f5f7fa"))
    p.drawPath(folder)
    # The vault's dial: a gold circle with a keyhole, the promise that nothing is lost.
    p.setBrush(QColor("#f2b632"))
    p.drawEllipse(QPointF(32 * s, 36.5 * s), 8.5 * s, 8.5 * s)
    p.setBrush(QColor("#173d68"))
    p.drawEllipse(QPointF(32 * s, 34.5 * s), 2.4 * s, 2.4 * s)
    p.drawRect(QRectF(31 * s, 35 * s, 2 * s, 5.5 * s))
    if size >= 48:
        p.setPen(QPen(QColor(255, 255, 255, 70), max(1.0, s)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(QRectF(2.5 * s, 2.5 * s, 59 * s, 59 * s), 13 * s, 13 * s)
    p.end()
    return img


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        draw(size).save(str(OUT / f"clientvault-{size}.png"))
    draw(256).save(str(OUT / "clientvault.png"))
    big = Image.open(OUT / "clientvault-512.png")
    big.save(OUT / "clientvault.ico", sizes=[(n, n) for n in (16, 24, 32, 48, 64, 128, 256)])
    big.save(OUT / "clientvault.icns")
    print(f"wrote {len(SIZES) + 3} files to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
