"""The main window against the targets of issue 3, in one run, on the offscreen platform:

* start-up to a usable window (process start -> the companies listed and the selected company's
  first page of files painted), against a bare PySide6 QMainWindow started the same way and
  measured to its first paint, in the same run (issue 12's target: at most 1.4 x);
* a company switch and a filter keystroke on a company with 100,000 documents (targets: under
  100 ms and under 50 ms), each timed until the events it caused are processed;
* peak resident memory with those 100,000 documents listed (target: under 250 MB).

    python bench/window.py [--runs 7]

Each measurement runs in a fresh child process (``--child ...``), so imports and caches are paid as a
person pays them when double-clicking the program. Times are medians; the machine is shared.

Python's compiled bytecode is allowed (``PYTHONDONTWRITEBYTECODE`` is removed from the children's
environment and one untimed start writes it): a person's copy has it, since the bundle ships it and
pip writes it at install. ``--json PATH`` merges the results into a JSON file for ``bench/all.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import merge_json, peak_rss_mib, result, table

REPO = Path(__file__).resolve().parents[1]
N_BIG = 100_000
STARTUP_TARGET, SWITCH_TARGET_MS, KEY_TARGET_MS, RSS_TARGET_MB = 1.4, 100.0, 50.0, 250.0


# -- vaults (built once by the parent, outside every timing) ----------------------------------------


def insert_rows(vault, company_id: int, count: int, name) -> None:  # type: ignore[no-untyped-def]
    """Rows straight into SQLite, 1,000 per statement in one transaction (no files: listing only)."""
    from datetime import datetime, timedelta

    from clientvault.core.catalog.models import fold, name_key, sort_key

    base = datetime(2024, 1, 1)
    with vault.catalog.atomic():
        for start in range(0, count, 1000):
            rows = []
            for i in range(start, min(count, start + 1000)):
                filename = name(i)
                rows.append({"company": company_id, "title": filename.rsplit(".", 1)[0], "original_filename": filename,
                             "filename": filename, "name_key": name_key(filename), "search_key": fold(filename),
                             "sort_key": sort_key(filename), "mime_type": "application/pdf",
                             "size": 1000 + i, "checksum": "0" * 64, "added": base + timedelta(seconds=i),
                             "modified": base + timedelta(seconds=i)})
            vault.catalog.Document.insert_many(rows).execute()


def build_small(folder: Path) -> None:
    """What an accountant's vault looks like on a normal day: a few companies, some dozens of files."""
    from clientvault.core.vault import Vault

    vault = Vault(folder)
    try:
        for i, name in enumerate(["Comercializadora Andina S.A.S.", "Panadería La Espiga", "Transportes del Valle"]):
            company = vault.add_company(name)
            insert_rows(vault, company.id, 60 - 20 * i, lambda j, n=name: f"{n[:12]} soporte {j:04}.pdf")
    finally:
        vault.close()


def build_big(folder: Path) -> None:
    from clientvault.core.vault import Vault

    vault = Vault(folder)
    try:
        vault.add_company("Alfa SAS")  # first in the sidebar: selected at start
        grande = vault.add_company("Grande SAS")
        insert_rows(vault, grande.id, N_BIG, lambda i: f"Contrato {i:06}.pdf" if i % 1000 == 0 else f"Soporte {i:06}.pdf")
    finally:
        vault.close()


# -- children ------------------------------------------------------------------------------------------


def _until_painted(app, counts) -> None:  # type: ignore[no-untyped-def]
    """Print the monotonic clock (system-wide on Linux, so the parent can compare) at the first paint
    for which ``counts(obj)`` is true, then quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    painted: list[float] = []

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]
            if event.type() == QEvent.Type.Paint and not painted and counts(obj):
                painted.append(time.monotonic())
                QTimer.singleShot(0, app.quit)
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    QTimer.singleShot(5000, app.quit)  # never hang the benchmark
    app.exec()
    print(json.dumps({"painted": painted[0] if painted else None, "rss_mb": peak_rss_mib()}))


def child_bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1200, 720)
    window.show()
    _until_painted(app, lambda obj: obj is window)


def child_app(data_dir: str) -> None:
    """Until the window is usable: the first paint of the file table's rows while the sidebar lists
    the companies (a frame painted before that would not count)."""
    from PySide6.QtWidgets import QApplication

    from clientvault.app import create_main_window

    app = QApplication(sys.argv[:1])
    window = create_main_window(data_dir)
    _until_painted(app, lambda obj: obj is window.table.viewport() and window.document_model.rowCount() > 0
                   and window.company_model.rowCount() > 0)
    window.vault.close()


def child_big(data_dir: str, runs: int) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from clientvault.app import create_main_window

    app = QApplication(sys.argv[:1])
    window = create_main_window(data_dir)
    app.processEvents()
    model, companies = window.company_model, window.company_list
    rows = {model.info(r).company.name: r for r in range(model.rowCount())}
    small, big = model.index(rows["Alfa SAS"], 0), model.index(rows["Grande SAS"], 0)

    def switch(index) -> float:  # type: ignore[no-untyped-def]
        t0 = time.perf_counter()
        companies.setCurrentIndex(index)
        window.table.viewport().repaint()  # the rows a person sees, drawn
        app.processEvents()
        return (time.perf_counter() - t0) * 1000

    switches = []
    for _ in range(runs + 2):
        switch(small)
        switches.append(switch(big))
    switches = switches[2:]  # the first switches warm SQLite's page cache
    assert window.document_model.loaded_rows() == window.document_model.PAGE  # one page read, of the whole company

    edit = window.filter_edit
    edit.setFocus()

    def key(text: str) -> float:
        t0 = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(edit, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, text))
        window.table.viewport().repaint()
        app.processEvents()
        return (time.perf_counter() - t0) * 1000

    keys = []
    for rnd in range(runs):
        edit.clear()
        app.processEvents()
        times = [key(ch) for ch in "contrato 09"]
        if rnd:  # the first round warms up
            keys.extend(times)
    matches = window.document_model.rowCount()
    # Listed and scrolled a few pages deep: what a person does before memory is read.
    edit.clear()
    app.processEvents()
    bar = window.table.verticalScrollBar()
    for _ in range(5):
        bar.setValue(bar.maximum())
        app.processEvents()
    print(json.dumps({"switch_ms": switches, "key_ms": keys, "matches_last": matches,
                      "rows_loaded": window.document_model.loaded_rows(), "rss_mb": peak_rss_mib()}))
    window.vault.close()



# -- parent ---------------------------------------------------------------------------------------------


def run_child(*args: str) -> tuple[dict, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CLIENTVAULT_LANG="en",
               PYTHONPATH=os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a person's copy has its bytecode (see the module doc)
    started = time.monotonic()
    done = subprocess.run([sys.executable, __file__, "--child", *args], env=env, capture_output=True, text=True,
                          timeout=600)
    if done.returncode != 0:
        raise SystemExit(f"child {args} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1]), started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--child", nargs="+")
    parser.add_argument("--json", type=Path, help="merge the results into this JSON file (bench/all.py)")
    args = parser.parse_args()
    if args.child:
        kind, rest = args.child[0], args.child[1:]
        {"bare": lambda: child_bare(), "app": lambda: child_app(rest[0]),
         "big": lambda: child_big(rest[0], int(rest[1]))}[kind]()
        return

    sys.path.insert(0, str(REPO))
    tmp = Path(tempfile.mkdtemp(prefix="cv-bench-window-"))
    try:
        t0 = time.perf_counter()
        build_small(tmp / "small")
        build_big(tmp / "big")
        print(f"vaults built in {time.perf_counter() - t0:.1f} s (3 companies / 100 rows; 100,000 rows)\n")

        run_child("bare")  # untimed: writes the bytecode caches, warms the page cache
        run_child("app", str(tmp / "small"))
        bare, app, bare_rss, app_rss = [], [], [], []
        for _ in range(args.runs):  # interleaved, so drift on a shared machine hits both alike
            out, started = run_child("bare")
            bare.append((out["painted"] - started) * 1000)
            bare_rss.append(out["rss_mb"])
            out, started = run_child("app", str(tmp / "small"))
            app.append((out["painted"] - started) * 1000)
            app_rss.append(out["rss_mb"])
        big, _ = run_child("big", str(tmp / "big"), str(args.runs))

        bare_ms, app_ms = statistics.median(bare), statistics.median(app)
        switch_ms, key_ms = statistics.median(big["switch_ms"]), statistics.median(big["key_ms"])
        rows = [
            ["start-up to first paint: bare QMainWindow", f"{bare_ms:.0f} ms", "", "1.00 x", ""],
            ["start-up until usable: ClientVault, populated", f"{app_ms:.0f} ms", f"<= {STARTUP_TARGET} x",
             f"{app_ms / bare_ms:.2f} x", "ok" if app_ms / bare_ms <= STARTUP_TARGET else "MISSED"],
            ["company switch, 100,000 documents", f"{switch_ms:.1f} ms", f"< {SWITCH_TARGET_MS:.0f} ms",
             f"{switch_ms / SWITCH_TARGET_MS:.2f} of target", "ok" if switch_ms < SWITCH_TARGET_MS else "MISSED"],
            ["filter keystroke, 100,000 documents", f"{key_ms:.1f} ms", f"< {KEY_TARGET_MS:.0f} ms",
             f"{key_ms / KEY_TARGET_MS:.2f} of target", "ok" if key_ms < KEY_TARGET_MS else "MISSED"],
            ["peak RSS, 100,000 documents listed", f"{big['rss_mb']:.0f} MB", f"< {RSS_TARGET_MB:.0f} MB",
             f"{big['rss_mb'] / RSS_TARGET_MB:.2f} of target", "ok" if big["rss_mb"] < RSS_TARGET_MB else "MISSED"],
            ["peak RSS, bare QMainWindow (reference)", f"{statistics.median(bare_rss):.0f} MB", "", "", ""],
            ["peak RSS, ClientVault small vault (reference)", f"{statistics.median(app_rss):.0f} MB", "", "", ""],
        ]
        print(table(["measure (median)", "value", "target", "ratio", ""], rows))
        if args.json:
            merge_json(args.json, {
                "startup_vs_bare": result(app_ms, bare_ms, app_ms / bare_ms, f"<= {STARTUP_TARGET} x",
                                          app_ms / bare_ms <= STARTUP_TARGET),
                "company_switch_100k": result(switch_ms, SWITCH_TARGET_MS, switch_ms / SWITCH_TARGET_MS,
                                              f"< {SWITCH_TARGET_MS:.0f} ms", switch_ms < SWITCH_TARGET_MS),
                "filter_key_100k": result(key_ms, KEY_TARGET_MS, key_ms / KEY_TARGET_MS, f"< {KEY_TARGET_MS:.0f} ms",
                                          key_ms < KEY_TARGET_MS),
            })
        print(f"\nruns: {args.runs} start-ups each; switch worst {max(big['switch_ms']):.1f} ms, "
              f"keystroke worst {max(big['key_ms']):.1f} ms; rows loaded after 5 scrolls: {big['rows_loaded']}; "
              f"start-up spread bare {min(bare):.0f}-{max(bare):.0f} ms, app {min(app):.0f}-{max(app):.0f} ms")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
