"""Run by test_screenshot.py in a subprocess under Xvfb (``QT_QPA_PLATFORM=xcb``): build a vault with
a few companies and real files, open the real window, select a file, and save ``window.grab()``.

    python tests/ui/shot_window.py DATA_DIR OUT.png CORPUS_DIR [--search TEXT] [--size WxH]

``--search`` types TEXT in the toolbar's search field (after giving a few documents text, as the
indexer would) and shoots the results page; ``--size`` resizes the window first.

Prints one JSON line: the window's size and the PNG's path.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

SEARCH_FILES = {  # copies of corpus files under the names an accountant gives them, and their text
    "Certificado Cámara de Comercio 2024.pdf": ("minimal-document.pdf", ""),
    "RUT Comercializadora Andina.pdf": ("empty.pdf", ""),
    "Extracto Bancolombia marzo 2024.pdf": ("pdflatex-4-pages.pdf",
        "Extracto de cuenta corriente. Periodo: marzo de 2024. Saldo anterior 12.450.000. Consignación "
        "recibida de la Cámara de Comercio de Cali por devolución de la renovación de la matrícula "
        "mercantil, más intereses y otros conceptos que hacen que este párrafo sea largo de verdad."),
    "Acta de asamblea 12.txt": ("",  # written from its text, so the preview shows the words found
        "Acta número 12 de la asamblea de accionistas.\n\nSe aprueba presentar a la Cámara de Comercio "
        "la reforma de estatutos y el nombramiento del revisor fiscal."),
}


def add_search_files(vault: object, company_ids: list[int], corpus: Path, scratch: Path) -> None:
    """The search screen's vault: names with accents, and text stored as the indexer stores it."""
    scratch.mkdir(parents=True, exist_ok=True)
    for i, (name, (source, text)) in enumerate(SEARCH_FILES.items()):
        target = scratch / name
        if source:
            target.write_bytes((corpus / source).read_bytes())
        else:
            target.write_text(text, encoding="utf-8")
        summary = vault.import_files(company_ids[i % len(company_ids)], [target],  # type: ignore[attr-defined]
                                     keep_duplicates=True)
        for result in summary.of("imported"):
            if text:
                doc = result.document
                vault.catalog.put_text(doc.id, doc.checksum, "ok", text)  # type: ignore[attr-defined]


def build_vault(data_dir: Path, corpus: Path, search: bool = False) -> int:
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
        if search:
            add_search_files(vault, [andina.id, transportes.id], corpus, data_dir.parent / "search-files")
        return int(andina.id)
    finally:
        vault.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--search", default="")
    parser.add_argument("--size", default="")
    args = parser.parse_args()
    data_dir, out, corpus = args.data_dir, args.out, args.corpus
    company_id = build_vault(data_dir, corpus, search=bool(args.search))

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from clientvault.app import create_main_window

    app = QApplication(sys.argv[:1])
    window = create_main_window(data_dir)
    window.events.flush()
    window.select_company(company_id)
    window.table.selectRow(0)
    if args.size:
        width, height = (int(x) for x in args.size.split("x"))
        window.resize(width, height)
    if args.search:
        window.action_search.trigger()
        window.search_field.setText(args.search)
        window.search.run()
        panel = window.search_panel  # the minutes (a content hit) highlighted, the words found in the preview
        rows = [r for r in range(panel.model.rowCount()) if panel.model.hit(r).document.filename.startswith("Acta")]
        panel.list.setCurrentIndex(panel.model.index(rows[0], 0))
    result: dict[str, object] = {}

    def shoot() -> None:
        out.parent.mkdir(parents=True, exist_ok=True)
        ok = window.grab().save(str(out), "PNG")
        result.update(ok=ok, width=window.width(), height=window.height(), png=str(out),
                      platform=QApplication.platformName())
        window.close()
        app.quit()

    QTimer.singleShot(1500 if args.search else 500, shoot)  # let the window map and paint on the X server first
    app.exec()
    window.vault.close()
    print(json.dumps(result))
    return 0 if result.get("ok") else 1


if __name__ == "__main__":
    sys.exit(main())
