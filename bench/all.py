"""Every benchmark in one run, and one table of the ratios issues 12 and 13 ask for, with their targets.

    python bench/all.py [--quick]

Runs ``window.py``, ``preview.py``, ``import.py`` and ``search.py`` one after the other (never at once: each
measures against a baseline in the same run, and two at a time on a 2-core machine would disturb
each other), each writing its results into one JSON file (``--json``), then prints the table.
Each benchmark's own output goes to the terminal too, so the detail stays at hand. ``--quick``
asks each for fewer repetitions. Exits 0 when every row met its target, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import machine, table

HERE = Path(__file__).resolve().parent

# (key in the JSON, what a person waits for); the benchmark that writes each key is given below.
ROWS = [
    ("startup_vs_bare", "start-up to a usable window, against a bare QMainWindow shown"),
    ("pdf_first_page_geotopo", "first PDF page in the pane, GeoTopo p.1, against raw pypdfium2"),
    ("pdf_first_page_small", "first PDF page of a small page (100-page PDF), against raw pypdfium2"),
    ("pdf_fixed_cost_small", "fixed cost of that first page (pane minus raw)"),
    ("sheet_first_screen_vs_calamine", "first screen of a 60,000 x 10 .xlsx, against calamine's first 200 rows"),
    ("sheet_first_screen_vs_openpyxl", "same first screen: speed-up against openpyxl's full load"),
    ("import_vs_floor", "import of 1,000 real files, against copy + sha256 + fsync"),
    ("search_vs_raw", "search as you type, 100,000 documents: worst query, against the same SQL in sqlite3"),
    ("search_p95", "search as you type: slowest query's 95th percentile"),
    ("text_pdf_ours_vs_pypdfium2", "text of text PDFs, in process, against pypdfium2 directly"),
    ("text_pdf_worker_vs_pypdfium2", "text of text PDFs through the warm text worker, against pypdfium2"),
    ("ocr_page_vs_tesseract", "OCR of a 300-dpi page, against tesseract run from the shell"),
    ("window_rss_indexing", "window's peak memory while it reads 300 real files for search"),
]

SCRIPTS = [
    ("window.py", ["--runs", "7"], ["--runs", "3"]),
    ("preview.py", ["--repeat", "5"], ["--repeat", "3"]),
    ("import.py", [], ["--files", "300"]),
    ("search.py", [], ["--quick"]),
]


def fmt_ratio(row: dict) -> str:
    if row.get("baseline") is None:  # an absolute measure (ms, MB) against its target
        return f"{row['value']:.2f} {row.get('unit', 'ms')}"
    return f"{row['ratio']:.2f} x"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (a rough picture)")
    args = parser.parse_args()
    out = Path(tempfile.mkdtemp(prefix="cv-bench-all-")) / "results.json"
    failures = []
    t0 = time.perf_counter()
    for script, full, quick in SCRIPTS:
        print(f"\n===== bench/{script}", flush=True)
        done = subprocess.run([sys.executable, str(HERE / script), *(quick if args.quick else full), "--json", str(out)])
        if done.returncode not in (0, 1):  # 1 means "a target missed": the table says which
            failures.append(f"bench/{script} failed (exit {done.returncode})")
    results = json.loads(out.read_text()) if out.exists() else {}
    rows, all_ok = [], not failures
    for key, label in ROWS:
        row = results.get(key)
        if row is None:
            rows.append([label, "-", "-", "not measured"])
            all_ok = False
            continue
        rows.append([label, fmt_ratio(row), row["target"], "ok" if row["ok"] else "MISSED"])
        all_ok = all_ok and bool(row["ok"])
    print(f"\n===== all benchmarks, one run ({time.perf_counter() - t0:.0f} s); {machine()}\n")
    print(table(["what a person waits for", "measured", "target", ""], rows))
    for failure in failures:
        print(failure)
    print(f"\nraw results: {out}")
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
