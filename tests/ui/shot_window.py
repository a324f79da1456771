"""Run by test_screenshot.py in a subprocess under Xvfb (``QT_QPA_PLATFORM=xcb``): build a vault with
a few companies and real files, open the real window, select a file, and save ``window.grab()``.

    python tests/ui/shot_window.py DATA_DIR OUT.png CORPUS_DIR

Prints one JSON line: the window's size and the PNG's path.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def build_vault(data_dir: Path, corpus: Path) -> int:
    from clientvault.core.vault import Vault

    vault = Vault(data_dir)
    try:
        andina = vault.add_company("Comercializadora Andina S.A.S.", nit="800191045", email="contabilidad@andina.example")
        vault.add_company("Panadería La Espiga", nit="900123456")
        transportes = vault.add_company("Transportes del Valle Ltda.")
        names = ["Resolución facturación 2024.pdf", "minimal-document.pdf", "WithThreeCharts.xlsx", "sample.docx",
                 "simple.png", "constituents-financials.csv", "hopper_orientation_6.jpg", "profiles.xls"]
        vault.import_files(andina.id, [corpus / n for n in names])
        vault.import_files(transportes.id, [corpus / "pdflatex-4-pages.pdf", corpus / "flower.webp"])
        return int(andina.id)
    finally:
        vault.close()


def main() -> int:
    data_dir, out, corpus = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    company_id = build_vault(data_dir, corpus)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from clientvault.app import create_main_window

    app = QApplication(sys.argv[:1])
    window = create_main_window(data_dir)
    window.events.flush()
    window.select_company(company_id)
    window.table.selectRow(0)
    result: dict[str, object] = {}

    def shoot() -> None:
        out.parent.mkdir(parents=True, exist_ok=True)
        ok = window.grab().save(str(out), "PNG")
        result.update(ok=ok, width=window.width(), height=window.height(), png=str(out),
                      platform=QApplication.platformName())
        window.close()
        app.quit()

    QTimer.singleShot(500, shoot)  # let the window map and paint on the X server first
    app.exec()
    window.vault.close()
    print(json.dumps(result))
    return 0 if result.get("ok") else 1


if __name__ == "__main__":
    sys.exit(main())
