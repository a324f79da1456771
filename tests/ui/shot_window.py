"""Run by test_screenshot.py in a subprocess under Xvfb (``QT_QPA_PLATFORM=xcb``): build a vault with
a few companies and real files, open the real window, select a file, and save ``window.grab()``.

    python tests/ui/shot_window.py DATA_DIR OUT.png CORPUS_DIR [--search TEXT] [--size WxH]
        [--scene window|first-start|pdf|sheet|preview-window|print-preview]

``--search`` types TEXT in the toolbar's search field (after giving a few documents text, as the
indexer would) and shoots the results page; ``--size`` resizes the window first. ``--scene`` picks
what is shot: the window with a file selected (default), the first start (no company yet), a PDF or
a spreadsheet in the pane, the preview window of the PDF, or the print preview of the spreadsheet.

Prints one JSON line: the window's size, the PNG's path, and ``problems``: what a person would see
as broken on that screen (a word-wrapped label cut short, a button whose text does not fit, a
toolbar whose actions fell into its overflow menu).
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
                 "simple.png", "constituents-financials.csv", "hopper_orientation_6.jpg", "profiles.xls",
                 "simple-monthly-budget.xlsx", "pdflatex-4-pages.pdf"]
        vault.import_files(andina.id, [corpus / n for n in names])
        vault.import_files(transportes.id, [corpus / "pdflatex-4-pages.pdf", corpus / "flower.webp"])
        if search:
            add_search_files(vault, [andina.id, transportes.id], corpus, data_dir.parent / "search-files")
        return int(andina.id)
    finally:
        vault.close()


SCENE_FILES = {"pdf": "pdflatex-4-pages.pdf", "sheet": "simple-monthly-budget.xlsx",
               "preview-window": "pdflatex-4-pages.pdf", "print-preview": "simple-monthly-budget.xlsx"}


DUE_PAPERS = {  # «Por vencer»: file -> (type code, days from today to its expiry, or its own date for a rule's)
    "Resolución facturación 2024.pdf": ("resolucion", -5), "sample.docx": ("contrato", 0),
    "minimal-document.pdf": ("camara", -25), "flower.webp": ("poliza", 12), "simple.png": ("matricula", None)}


def add_due_papers(vault: object) -> None:
    """Types and dates on a few of the files, so «Por vencer» lists some expired and some due."""
    from datetime import date, timedelta

    today = date.today()
    for info in vault.companies():  # type: ignore[attr-defined]
        for doc in vault.list_documents(info.company.id, limit=None):  # type: ignore[attr-defined]
            if doc.filename in DUE_PAPERS:
                code, days = DUE_PAPERS[doc.filename]
                kind = vault.document_type(code)  # type: ignore[attr-defined]
                if kind.rule == "days":
                    details = {"created": today + timedelta(days=days)}
                elif days is None:  # the matrícula renewed last year, due by 31 March
                    details = {"created": date(today.year - 1, 3, 20)}
                else:
                    details = {"expires": today + timedelta(days=days)}
                vault.set_details([doc.id], doc_type=kind.id, **details)  # type: ignore[attr-defined]


def layout_problems(top: object) -> list[str]:
    """What is visibly cut on ``top``: checked on the real widgets, so a screenshot that looks fine
    at one size but clips at another is caught by the test, not only by a person looking."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QToolBar, QToolButton, QWidget

    assert isinstance(top, QWidget)
    found: list[str] = []
    for label in top.findChildren(QLabel):
        if not label.isVisibleTo(top) or not label.text().strip() or label.width() <= 1:
            continue
        if label.wordWrap():
            wanted = label.heightForWidth(label.width())
            if wanted > label.height() + 2:
                found.append(f"label {label.objectName() or label.text()[:40]!r} is cut: needs {wanted} px, has "
                             f"{label.height()}")
    for button in top.findChildren(QAbstractButton):
        if isinstance(button, QToolButton) or not button.isVisibleTo(top) or not button.text():
            continue
        if button.sizeHint().width() > button.width() + 2:
            found.append(f"button {button.text()!r} is cut: needs {button.sizeHint().width()} px, has {button.width()}")
    for bar in top.findChildren(QToolBar):
        ext = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if bar.isVisibleTo(top) and ext is not None and ext.isVisible():
            hidden = [a.text() for a in bar.actions() if a.isVisible() and not a.isSeparator()
                      and bar.widgetForAction(a) is not None and not bar.widgetForAction(a).isVisible()]
            found.append(f"toolbar {bar.objectName() or bar.windowTitle()!r} overflows: {hidden}")
    return found


def select_file(window: object, name: str) -> None:
    model = window.document_model  # type: ignore[attr-defined]
    for row in range(model.rowCount()):
        doc = model.document_at(row)
        if doc is not None and doc.filename == name:
            window.table.selectRow(row)  # type: ignore[attr-defined]
            return
    raise SystemExit(f"{name} is not in the table")


def open_print_preview(window: object) -> object:
    """The print preview of the selected file, as *Imprimir…* opens it, not yet shown."""
    from clientvault.ui import printing

    return printing.print_preview_for_selection(window)  # type: ignore[attr-defined]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--search", default="")
    parser.add_argument("--size", default="")
    parser.add_argument("--scene", default="window",
                        choices=["window", "first-start", "due", *SCENE_FILES])
    args = parser.parse_args()
    data_dir, out, corpus = args.data_dir, args.out, args.corpus
    scene = args.scene
    company_id = None if scene == "first-start" else build_vault(data_dir, corpus, search=bool(args.search))

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from clientvault.app import create_main_window

    app = QApplication(sys.argv[:1])
    window = create_main_window(data_dir)
    window.events.flush()
    if args.size:
        width, height = (int(x) for x in args.size.split("x"))
        window.resize(width, height)
    if company_id is not None:
        window.select_company(company_id)
        if scene in SCENE_FILES:
            select_file(window, SCENE_FILES[scene])
        else:
            window.table.selectRow(0)
    shot: QWidget = window
    if scene == "due":
        add_due_papers(window.vault)
        window.events.flush()
        window.sidebar.show_due()
    if scene == "preview-window":
        before = set(QApplication.topLevelWidgets())
        window.action_preview.trigger()
        opened = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
        shot = opened[0]
    elif scene == "print-preview":
        preview = open_print_preview(window)
        assert isinstance(preview, QWidget)
        preview.show()
        shot = preview
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
        ok = shot.grab().save(str(out), "PNG")
        problems = layout_problems(shot)
        room = shot.screen().availableGeometry()
        if not room.contains(shot.frameGeometry()):
            problems.append(f"the window ({shot.frameGeometry().getRect()}) does not fit the screen ({room.getRect()})")
        result.update(ok=ok, width=shot.width(), height=shot.height(), png=str(out),
                      platform=QApplication.platformName(), problems=problems,
                      screen=[shot.screen().availableGeometry().width(), shot.screen().availableGeometry().height()],
                      frame=[shot.frameGeometry().x(), shot.frameGeometry().y(), shot.frameGeometry().width(),
                             shot.frameGeometry().height()])
        for w in QApplication.topLevelWidgets():
            w.close()
        app.quit()

    # let the window map and paint on the X server first (previews render in the background)
    QTimer.singleShot(1500 if args.search or scene != "window" else 500, shoot)
    app.exec()
    window.vault.close()
    print(json.dumps(result))
    return 0 if result.get("ok") else 1


if __name__ == "__main__":
    sys.exit(main())
