"""Printing through a real CUPS queue: a cups-pdf printer on a cupsd this module starts (when none is
running), chosen in the print preview window and printed with its Print button; the job lands as a
PDF in the user's ``~/PDF`` (cups-pdf's ``Out ${HOME}/PDF``, the home of the job's user in the
password database: /root/PDF when the tests run as root), read back with PDFium.

Skipped, with the reason, when CUPS, cups-pdf or pdftocairo is not installed (scripts/install-system-deps.sh
installs both, so CI never skips it) or when no scheduler runs and this user cannot start one.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from preview_helpers import LOAD_TIMEOUT_MS, select_file
from print_helpers import COMPANY, c3_workbook, pdf_pages, squeeze
from pytestqt.qtbot import QtBot
from ui_helpers import add_company

from clientvault.ui.formatting import local_date
from clientvault.ui.printing import page_label

CUPSD = Path("/usr/sbin/cupsd")
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"
QUEUE = "CupsPDF"
LANDING_TIMEOUT_S = 90  # a hang check on a busy 2-core machine, not a speed test


def _scheduler_running() -> bool:
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return False
    result = subprocess.run([lpstat, "-r"], capture_output=True, text=True, timeout=10)
    return "not running" not in result.stdout and result.returncode == 0


def _queue_exists() -> bool:
    result = subprocess.run(["lpstat", "-p", QUEUE], capture_output=True, text=True, timeout=10)
    return result.returncode == 0


@pytest.fixture(scope="module")
def cups_pdf_queue() -> Iterator[str]:
    """The CupsPDF queue, on a cupsd started here (and stopped after) unless one already runs."""
    missing = [str(p) for p in (CUPSD, BACKEND) if not p.exists()]
    missing += [tool for tool in ("lpadmin", "lpstat", "pdftocairo") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"CUPS with cups-pdf is not installed ({', '.join(missing)} missing); "
                    "scripts/install-system-deps.sh installs cups, cups-client, cups-bsd, printer-driver-cups-pdf "
                    "and poppler-utils")
    started: subprocess.Popen[bytes] | None = None
    if not _scheduler_running():
        if os.geteuid() != 0:
            pytest.skip("no CUPS scheduler is running and only root can start one here")
        started = subprocess.Popen([str(CUPSD), "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while not _scheduler_running():
            if time.monotonic() > deadline or started.poll() is not None:
                started.kill()
                pytest.fail("cupsd did not start within 30 s")
            time.sleep(0.2)
    added = not _queue_exists()
    try:
        if added:
            subprocess.run(["lpadmin", "-p", QUEUE, "-v", "cups-pdf:/", "-E", "-m", PPD], check=True,
                           capture_output=True, timeout=60)
        # cups-pdf takes PostScript: CUPS turns our PDF into it on the way. Its default converters
        # (Ghostscript, poppler's pdftops) keep the glyphs but not which letters they are, so the
        # landed PDF's text reads as symbols; pdftocairo keeps them, and the header can be read back.
        subprocess.run(["lpadmin", "-p", QUEUE, "-o", "pdftops-renderer-default=pdftocairo"], check=True,
                       capture_output=True, timeout=60)
        yield QUEUE
    finally:
        if added:
            subprocess.run(["lpadmin", "-x", QUEUE], capture_output=True, timeout=60)
        if started is not None:
            started.terminate()
            started.wait(timeout=30)


def landing_folders() -> list[Path]:
    """Where cups-pdf writes a job: the job user's home from the password database, then $HOME, then
    the spool folder it uses for jobs without a known user."""
    home = Path(pwd.getpwuid(os.getuid()).pw_dir)
    folders = [home / "PDF", Path.home() / "PDF", Path("/var/spool/cups-pdf/ANONYMOUS")]
    return list(dict.fromkeys(folders))


def wait_for_landing(token: str) -> Path:
    """The PDF cups-pdf wrote for the job whose title holds ``token``, once it is complete."""
    import pypdfium2 as pdfium

    deadline = time.monotonic() + LANDING_TIMEOUT_S
    while time.monotonic() < deadline:
        for folder in landing_folders():
            for path in folder.glob(f"*{token}*.pdf") if folder.is_dir() else []:
                try:
                    pdfium.PdfDocument(str(path)).close()
                except pdfium.PdfiumError:
                    continue  # still being written
                return path
        time.sleep(0.5)
    raise AssertionError(f"no PDF for job {token} in {', '.join(map(str, landing_folders()))} after "
                         f"{LANDING_TIMEOUT_S} s")


def test_print_to_a_real_cups_queue(qtbot: QtBot, window: Any, tmp_path: Path, cups_pdf_queue: str) -> None:
    token = uuid.uuid4().hex[:10]
    name = f"pagos-{token}.xlsx"
    company = add_company(window, COMPANY)
    summary = window.vault.import_files(company.id, [c3_workbook(tmp_path / name)])
    assert all(r.status == "imported" for r in summary.results), summary.results
    window.document_model.refresh()
    select_file(qtbot, window, name)
    window.action_print.trigger()
    preview = window.files.print_job
    qtbot.waitUntil(lambda: preview.state == "ready", timeout=LOAD_TIMEOUT_MS)
    at = preview.settings.printer_combo.findData(cups_pdf_queue)
    assert at >= 0, "the CUPS queue is not in the print preview's printer list"
    preview.settings.printer_combo.setCurrentIndex(at)
    preview.settings.copies_spin.setValue(2)
    assert preview.printer_for_print().copyCount() == 2  # type: ignore[union-attr]  # the copies reach the job
    preview.settings.copies_spin.setValue(1)
    total = preview.view.pageCount()
    assert total >= 2
    preview.print_()
    assert preview.pages_printed == total
    landed = wait_for_landing(token)
    try:
        pages = pdf_pages(landed)
    finally:
        landed.unlink()
    assert len(pages) == total
    for i, (width, height, text) in enumerate(pages):
        assert height > width
        for wanted in (COMPANY, name, local_date(date.today()), page_label(i + 1, total)):
            assert squeeze(wanted) in squeeze(text), (wanted, text[:300])
    assert squeeze(pages[0][2]).split(squeeze(page_label(1, total)))[1].startswith("ProveedorFacturaValorProveedor1")
