"""``clientvault --self-test``: prove, without a screen, that this installation works end to end.

Run inside the PyInstaller bundle by CI, it exercises what a bundle most often gets wrong: the Qt
platform plugin, image and print support, pypdfium2's native library, the spreadsheet reader,
the translations and the SQLite vault. It opens a temporary vault, imports a PDF, an image and a
spreadsheet it makes itself, renders a preview of each, prints one to a PDF file, reads that file
back, reads the documents' text through the worker process and finds them by it, opens the main
window, checks that Qt's own dialogs and the window speak Spanish and that the icons are there,
and exits 0 only if every step worked.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path


def _make_pdf(path: Path) -> None:
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 20, 20, 20)))
    painter = QPainter(writer)
    font = QFont()
    font.setPointSize(24)
    painter.setFont(font)
    painter.drawText(200, 800, "RUT - Panadería La Espiga S.A.S.")
    painter.fillRect(200, 1200, 3000, 400, 0x1565C0)
    painter.end()


def _make_png(path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    for x in range(40, 280):
        image.setPixelColor(x, 100, QColor("white"))
    if not image.save(str(path)):  # the format follows the .png suffix
        raise RuntimeError("could not write a PNG: Qt image plugins missing?")


def _make_xlsx(path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Balance"
    ws.append(["Cuenta", "Débito", "Crédito"])
    for i in range(1, 21):
        ws.append([f"1105{i:02d} Caja", i * 1000, 0])
    wb.save(path)


def _check_preview(path: Path, mime: str) -> str:
    from clientvault.preview import open_preview
    from clientvault.preview.image import ImagePreview
    from clientvault.preview.pdf import PdfPreview
    from clientvault.preview.sheet import SheetPreview

    with open_preview(path, mime) as preview:
        if isinstance(preview, PdfPreview):
            page = preview.render(0, dpi=72)
            if page.isNull() or page.width() < 100:
                raise RuntimeError("PDF page rendered empty")
            return f"pdf page 1 {page.width()}x{page.height()}"
        if isinstance(preview, ImagePreview):
            image = preview.image(0)
            if image.isNull():
                raise RuntimeError("image did not decode")
            return f"image {image.width()}x{image.height()}"
        if isinstance(preview, SheetPreview):
            first = preview.sheets[0]
            rows = preview.sheet(first.index).rows(0, 5)
            if not rows or rows[0][0] != "Cuenta":
                raise RuntimeError(f"unexpected first rows: {rows!r}")
            return f"sheet {first.name!r}, first cell {rows[0][0]!r}"
        raise RuntimeError(f"unexpected preview kind {preview.kind}")


def _print_pdf(source: Path, target: Path) -> int:
    """Print a document to a PDF file through Qt's printer (the window's own printing code), then
    count the pages PDFium reads back."""
    import pypdfium2 as pdfium
    from PySide6.QtPrintSupport import QPrinter

    from clientvault.ui.printing import print_document

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    print_document(source, "application/pdf", printer)
    doc = pdfium.PdfDocument(str(target))
    try:
        return len(doc)
    finally:
        doc.close()


def run_self_test() -> int:
    """Print one line per step; return 0 only when every step passed."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    failures = 0
    with tempfile.TemporaryDirectory(prefix="clientvault-selftest-") as tmp:
        root = Path(tmp)
        inbox = root / "inbox"
        inbox.mkdir()
        state: dict[str, object] = {}

        def step(name: str, fn: Callable[[], object]) -> None:
            nonlocal failures
            try:
                detail = fn()
                print(f"ok   {name}" + (f": {detail}" if detail else ""), flush=True)
            except Exception:  # the self-test reports every failure and carries on
                failures += 1
                print(f"FAIL {name}\n{traceback.format_exc()}", flush=True)

        def make_files() -> str:
            _make_pdf(inbox / "RUT 2024.pdf")
            _make_png(inbox / "logo.png")
            _make_xlsx(inbox / "Balance de prueba.xlsx")
            return ", ".join(sorted(p.name for p in inbox.iterdir()))

        def import_files() -> str:
            from clientvault.core.vault import Vault

            vault = Vault(root / "vault")
            state["vault"] = vault
            company = vault.add_company("Panadería La Espiga S.A.S.", nit="800191045")
            summary = vault.import_files(company.id, [inbox])
            bad = [f"{r.source.name}: {r.message}" for r in summary.results if r.status != "imported"]
            if bad or len(summary.results) != 3:
                raise RuntimeError(f"import failed: {bad or summary.results}")
            state["docs"] = [r.document for r in summary.results]
            return f"{len(summary.results)} files"

        def previews() -> str:
            from clientvault.core.vault import Vault

            vault = state["vault"]
            assert isinstance(vault, Vault)
            return "; ".join(_check_preview(vault.document_path(d), d.mime_type) for d in state["docs"])  # type: ignore[attr-defined]

        def printing() -> str:
            pages = _print_pdf(inbox / "RUT 2024.pdf", root / "printed.pdf")
            if pages < 1:
                raise RuntimeError("the printed PDF has no pages")
            return f"{pages} page(s) printed to PDF"

        def read_text() -> str:
            # Through the worker process, as the window reads: in the bundle that child is the
            # program itself started with --text-worker, which only the bundle can prove works.
            from clientvault.core.values import TextWorker, index_documents
            from clientvault.core.vault import Vault

            vault = state["vault"]
            assert isinstance(vault, Vault)
            with TextWorker(file_seconds=60) as worker:
                report = index_documents(vault, worker)
            found = [h.document.filename for h in vault.search("espiga panaderia") if h.where == "text"]
            if found != ["RUT 2024.pdf"] or not [h for h in vault.search("caja") if h.where == "text"]:
                raise RuntimeError(f"search by content failed: {found}, {report}")
            return f"{report.read} documents read, the PDF and the sheet found by their words"

        def window() -> str:
            from clientvault.app import create_main_window

            state["vault"].close()  # type: ignore[attr-defined]
            win = create_main_window(root / "vault")
            app.processEvents()
            rows = win.document_model.rowCount()
            win.close()
            win.vault.close()
            if rows != 3:
                raise RuntimeError(f"the window lists {rows} files, expected 3")
            return f"main window lists {rows} files"

        def spanish_dialogs() -> str:
            from PySide6.QtCore import QCoreApplication

            from clientvault.ui import i18n

            i18n.install(app, "es")
            try:  # Qt's own words (qtbase_es.qm, which the spec copies) and ours over them
                words = [QCoreApplication.translate("QPrintDialog", "Print"),
                         QCoreApplication.translate("QFileDialog", "&Look in:")]
            finally:
                i18n.install(app, "en")
            if words != ["Imprimir", "&Buscar en:"]:
                raise RuntimeError(f"Qt's dialogs are not in Spanish: {words}")
            return "the file chooser and the print dialog speak Spanish"

        def words_and_icons() -> str:
            # Package data (clientvault/resources): a bundle or an install that lost it opens an
            # all-English window without toolbar icons, and nothing else here would notice.
            from PySide6.QtCore import QCoreApplication

            from clientvault.ui import i18n
            from clientvault.ui.actions import ICONS, app_icon
            from clientvault.ui.icons import action_icon

            i18n.install(app, "es")
            try:
                word = QCoreApplication.translate("SettingsDialog", "Settings")
            finally:
                i18n.install(app, "en")
            missing = sorted(name for name in set(ICONS.values()) if action_icon(name).isNull())
            if word != "Configuración" or missing or app_icon().isNull():
                raise RuntimeError(f"translation or icons missing: Settings -> {word!r}, icons {missing}")
            return f"the window's Spanish, {len(set(ICONS.values()))} toolbar icons and the application icon"

        for name, fn in (("create sample files", make_files), ("import into a new vault", import_files),
                         ("preview each file", previews), ("print to PDF", printing),
                         ("read the documents for search", read_text), ("Qt's dialogs in Spanish", spanish_dialogs),
                         ("the window's words and icons", words_and_icons),
                         ("open the window", window)):
            step(name, fn)
    print("self-test passed" if failures == 0 else f"self-test FAILED ({failures} step(s))", flush=True)
    return 0 if failures == 0 else 1
