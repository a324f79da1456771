"""Preview speed and memory against the baselines of issue 4, in one run.

    python bench/preview.py [--workdir DIR] [--repeat 5]

1. First page of a large PDF shown in the preview pane (time from ``show_path`` to state "ready",
   offscreen, cache cleared each time) against raw pypdfium2 (open + render page 1 at the same pixel
   width) and poppler's ``pdftoppm`` (same page, same width, PPM output; skipped when not installed).
   PDFs: a generated 5 MB, 100-page PDF (QPrinter to PDF, a photo-like image and text per page) and
   the corpus' 117-page GeoTopo thesis when the corpus is present.
2. First screen of a ~5 MB spreadsheet (openpyxl write_only, 60,000 x 10) in the pane (median of
   ``--repeat``) against python-calamine's own first 200 rows of the same file (open +
   ``get_sheet_by_index`` + 200 rows of ``iter_rows``; "-" when python-calamine is not installed: the
   app no longer depends on it) and against openpyxl's full load (one run: it takes seconds).
3. Peak resident memory of a child process that pages through all 100 PDF pages in the pane and
   scrolls the whole spreadsheet's table (every row fetched).

Targets (issue 4): pane <= pdftoppm; peak RSS < 300 MB with the cache bounded. Issue 12: the
GeoTopo first page <= 1.1 x raw pypdfium2, the small generated page <= 1.5 x with fixed costs (pane
minus raw) under 1 ms; sheet first screen <= 1.0 x calamine's first 200 rows and >= 20 x faster than
openpyxl's full load. python-calamine is not a dependency of the program any more:
``pip install -e ".[bench]"`` installs it for its baseline.

``--json PATH`` merges the results into the JSON object in PATH (for bench/all.py): a dict of
name -> {value, baseline, ratio, target, ok}: "pdf_first_page_small", "pdf_fixed_cost_small",
"pdf_first_page_geotopo", "sheet_first_screen_vs_calamine" and "sheet_first_screen_vs_openpyxl".
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _common import merge_json, peak_rss_mib, result, table  # noqa: E402

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
PDF_BIG_TARGET, PDF_SMALL_TARGET, PDF_FIXED_MS = 1.1, 1.5, 1.0  # issue 12


def make_pdf(path: Path, pages: int = 100, target: int = 5 * 2**20) -> None:
    """A ``pages``-page PDF of about ``target`` bytes: noise images (incompressible) plus a line of text."""
    import random

    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    rnd = random.Random(4)
    side = 150
    painter = QPainter(printer)
    for i in range(pages):
        if i:
            printer.newPage()
        image = QImage(side, side, QImage.Format.Format_RGB32)
        for y in range(side):
            for x in range(0, side, 4):
                image.setPixelColor(x, y, QColor(rnd.randrange(256), rnd.randrange(256), rnd.randrange(256)))
        page = printer.pageLayout().paintRectPixels(printer.resolution())
        painter.drawImage(QRect(0, 600, page.width(), page.width()), image)
        painter.drawText(200, 300, f"Estado financiero, página {i + 1} de {pages}")
    painter.end()
    size = path.stat().st_size
    if size < target * 0.6:
        print(f"note: generated PDF is {size / 2**20:.1f} MB", file=sys.stderr)


def make_xlsx(path: Path, rows: int = 60_000) -> None:
    import datetime as dt
    import random

    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Movimientos")
    rnd = random.Random(1)
    ws.append(["Fecha", "Cuenta", "Tercero", "NIT", "Concepto", "Débito", "Crédito", "Saldo", "Centro", "Doc"])
    for i in range(rows):
        ws.append([dt.date(2024, 1, 1) + dt.timedelta(days=i % 365), f"1105{i % 100:02d}", f"Tercero {rnd.randint(1, 5000)}",
                   rnd.randint(800_000_000, 900_000_000), f"Pago factura {i}", round(rnd.random() * 1e6, 2),
                   round(rnd.random() * 1e6, 2), round(rnd.random() * 1e7, 2), f"CC{i % 20}", i])
    wb.save(path)


def pane_ready_ms(pane, path: Path, mime: str | None) -> float:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEventLoop

    pane.show_path(None)
    pane.cache.clear()
    # Wait the way the window does: idle in Qt's event loop. A busy polling loop here would hold the
    # GIL that the render thread's PDFium callbacks need, and slow the render it is measuring.
    loop = QEventLoop()
    pane.stateChanged.connect(loop.quit)
    t0 = time.perf_counter()
    pane.show_path(path, mime)
    if pane.state == "loading":
        loop.exec()
    elapsed = (time.perf_counter() - t0) * 1000
    pane.stateChanged.disconnect(loop.quit)
    assert pane.state == "ready", (path, pane.state, pane.message.text())
    return elapsed


def raw_ms(path: Path, width: int) -> float:
    import pypdfium2 as pdfium

    t0 = time.perf_counter()
    doc = pdfium.PdfDocument(str(path))
    page = doc[0]
    bitmap = page.render(scale=width / page.get_width())
    elapsed = (time.perf_counter() - t0) * 1000
    bitmap.close()
    page.close()
    doc.close()
    return elapsed


def pdftoppm_ms(path: Path, width: int, out: Path) -> float | None:
    exe = shutil.which("pdftoppm")
    if exe is None:
        return None
    t0 = time.perf_counter()
    subprocess.run([exe, "-f", "1", "-l", "1", "-singlefile", "-scale-to-x", str(width), "-scale-to-y", "-1",
                    str(path), str(out)], check=True, capture_output=True)
    return (time.perf_counter() - t0) * 1000


def calamine_first_rows_ms(path: Path, rows: int = 200) -> float | None:
    """python-calamine's own first screen: open, load the sheet, take ``rows`` rows (None if not installed)."""
    try:
        import python_calamine as pc
    except ImportError:
        return None
    t0 = time.perf_counter()
    book = pc.CalamineWorkbook.from_path(str(path))
    sheet = book.get_sheet_by_index(0)
    it = sheet.iter_rows()
    for _ in range(rows):
        if next(it, None) is None:
            break
    elapsed = (time.perf_counter() - t0) * 1000
    book.close()
    return elapsed


def sheet_results(pane, xlsx: Path, repeat: int) -> dict[str, dict[str, object]]:  # type: ignore[no-untyped-def]
    """Time the pane's first screen of ``xlsx`` against calamine's first 200 rows and openpyxl's full load,
    print the table and return the two rows for ``--json``."""
    import openpyxl

    pane_ready_ms(pane, xlsx, XLSX)  # warm-up: imports
    calamine_first_rows_ms(xlsx)
    sheet_ms = statistics.median(pane_ready_ms(pane, xlsx, XLSX) for _ in range(repeat))
    cal = [calamine_first_rows_ms(xlsx) for _ in range(repeat)]
    cal_ms = statistics.median(x for x in cal if x is not None) if cal[0] is not None else None
    t0 = time.perf_counter()
    openpyxl.load_workbook(xlsx)
    full_ms = (time.perf_counter() - t0) * 1000
    vs_cal = None if cal_ms is None else sheet_ms / cal_ms
    speedup = full_ms / sheet_ms
    print()
    print(table(["first screen of the sheet", "pane ms", "calamine 200 rows ms", "openpyxl full load ms",
                 "pane/calamine (<= 1.0)", "speed-up (>= 20x)"],
                [[xlsx.name, f"{sheet_ms:.1f}", "-" if cal_ms is None else f"{cal_ms:.1f}", f"{full_ms:.0f}",
                  "-" if vs_cal is None else f"{vs_cal:.2f}x", f"{speedup:.1f}x"]]))
    results: dict[str, dict[str, object]] = {
        "sheet_first_screen_vs_openpyxl": {"value": sheet_ms, "baseline": full_ms, "ratio": speedup,
                                           "target": ">= 20 x", "ok": speedup >= 20},
    }
    if vs_cal is not None:  # without python-calamine bench/all.py says "not measured"
        results["sheet_first_screen_vs_calamine"] = {"value": sheet_ms, "baseline": cal_ms, "ratio": vs_cal,
                                                     "target": "<= 1.0 x", "ok": vs_cal <= 1.0}
    return results


def child_rss(pdf: Path, xlsx: Path) -> None:
    """Page through every PDF page and every sheet row in the pane; print the peak RSS."""
    from PySide6.QtWidgets import QApplication

    from clientvault.ui.preview.sheet_view import SheetView
    from clientvault.ui.widgets.preview_pane import PreviewPane

    app = QApplication.instance() or QApplication([])
    pane = PreviewPane()
    pane.resize(420, 800)
    pane.show()
    pane_ready_ms(pane, pdf, "application/pdf")
    for page in range(1, pane.content.page_count):
        pane.show_page(page)
        while pane._task is not None:
            app.processEvents()
            time.sleep(0.0005)
    assert pane.content.page == pane.content.page_count - 1
    pane_ready_ms(pane, xlsx, XLSX)
    view = pane.findChild(SheetView)
    model = view.current_table().model()
    while model.canFetchMore():
        model.fetchMore()
    print(f"RSS {peak_rss_mib():.1f} {model.rowCount()} {len(pane.cache)} {pane.cache.total_bytes / 2**20:.1f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "clientvault-bench-preview")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--child-rss", nargs=2, type=Path)
    ap.add_argument("--json", type=Path, help="merge the results into this JSON file (bench/all.py)")
    args = ap.parse_args()
    if args.child_rss:
        child_rss(*args.child_rss)
        return
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 - keeps Qt alive
    from clientvault.ui.widgets.preview_pane import PreviewPane

    work = args.workdir
    work.mkdir(parents=True, exist_ok=True)
    pdf, xlsx = work / "100-pages.pdf", work / "60000x10.xlsx"
    if not pdf.exists():
        make_pdf(pdf)
    if not xlsx.exists():
        make_xlsx(xlsx)
    print(f"files: {pdf.name} {pdf.stat().st_size / 2**20:.2f} MB, {xlsx.name} {xlsx.stat().st_size / 2**20:.2f} MB")

    pane = PreviewPane()
    pane.resize(420, 800)
    pane.show()
    width = pane._render_width()
    rows = []
    results: dict[str, dict[str, object]] = {}
    pdfs = [pdf] + ([CORPUS / "GeoTopo-komprimiert.pdf"] if (CORPUS / "GeoTopo-komprimiert.pdf").exists() else [])
    for path in pdfs:
        pane_ready_ms(pane, path, "application/pdf")  # warm-up: imports, fonts
        raw_ms(path, width)
        # interleaved, so that drift on a shared machine hits both alike
        panes, raws = [], []
        for _ in range(args.repeat):
            panes.append(pane_ready_ms(pane, path, "application/pdf"))
            raws.append(raw_ms(path, width))
        p, r = statistics.median(panes), statistics.median(raws)
        tops = [pdftoppm_ms(path, width, work / "ppm") for _ in range(args.repeat)]
        t = statistics.median(x for x in tops if x is not None) if tops[0] is not None else None
        small = path == pdf
        target = PDF_SMALL_TARGET if small else PDF_BIG_TARGET
        rows.append([f"{path.name} p.1 at {width}px", f"{p:.1f}", f"{r:.1f}", f"{p - r:.2f}",
                     "-" if t is None else f"{t:.1f}", f"{p / r:.2f}x (<= {target})",
                     "-" if t is None else f"{p / t:.2f}x (<= 1.0)"])
        key = "pdf_first_page_small" if small else "pdf_first_page_geotopo"
        results[key] = result(p, r, p / r, f"<= {target} x", p / r <= target)
        if small:
            results["pdf_fixed_cost_small"] = result(p - r, None, (p - r) / PDF_FIXED_MS, f"< {PDF_FIXED_MS:.0f} ms",
                                                     p - r < PDF_FIXED_MS)
    print(table(["first PDF page", "pane ms", "raw pypdfium2 ms", "fixed ms", "pdftoppm ms", "pane/raw",
                 "pane/pdftoppm"], rows))
    if args.json:
        merge_json(args.json, results)

    sheet = sheet_results(pane, xlsx, args.repeat)
    if args.json:
        merge_json(args.json, sheet)

    out = subprocess.run([sys.executable, __file__, "--child-rss", str(pdf), str(xlsx)], capture_output=True, text=True,
                         check=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    line = next(x for x in out.stdout.splitlines() if x.startswith("RSS "))
    _, rss, nrows, entries, cache_mb = line.split()
    print()
    print(table(["paging 100 PDF pages + scrolling all rows", "peak RSS MB (< 300)", "rows fetched", "cache entries",
                 "cache MB"], [["pane, one process", rss, nrows, entries, cache_mb]]))


if __name__ == "__main__":
    main()
