"""Reading what every document says, for search: which documents still need it, storing what was
read, and the loop the window (in the background) and ``clientvault index`` run.

The truth is the catalog, not a queue: a document needs reading when it has no stored text, or
text read from other content. So the work resumes by itself after a restart or a crash, and
documents another process imported are found the same way. The reading itself happens in
``core/text``'s worker process, which a hostile file cannot take down.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from clientvault.core.catalog.models import Document

if TYPE_CHECKING:
    from clientvault.core.catalog import Catalog
    from clientvault.core.text import Extracted
    from clientvault.core.text.worker import TextWorker
    from clientvault.core.vault import Vault

log = logging.getLogger(__name__)

BATCH = 50
READER_LOCK = "text-reader"


@dataclass
class IndexReport:
    read: int = 0  # documents whose text was stored
    with_text: int = 0
    failed: list[tuple[Document, str]] = field(default_factory=list)  # and why, for the log
    needs_ocr: int = 0
    missing: list[Document] = field(default_factory=list)  # their file was not there to read
    cancelled: bool = False


class DocumentTexts:
    """Mixed into ``Vault``."""

    catalog: Catalog

    def pending_texts(self, limit: int = BATCH, company_id: int | None = None,
                      below_id: int | None = None) -> list[Document]:
        """Documents to read, newest first; those read without Tesseract come back once it is installed."""
        from clientvault.core.text import ocr_available

        return self.catalog.text_pending(limit, company_id, retry_needs_ocr=ocr_available(), below_id=below_id)

    def store_text(self, doc: Document, extracted: Extracted) -> bool:
        """Keep what was read from ``doc``; False when the document changed or went meanwhile."""
        from clientvault.core.search import with_text_index

        # The text comes bounded and without control characters (core/text's bound()), so the
        # snippet's markers (\x02, \x03) never occur in it.
        return with_text_index(self.catalog, lambda: self.catalog.put_text(
            doc.id, doc.checksum, extracted.status, extracted.text, extracted.pages, extracted.ocr_pages,
            extracted.note, filename=doc.filename))

    def forget_texts(self, company_id: int | None = None) -> int:
        """Read every document (of one company) again: ``clientvault index --rebuild``."""
        return self.catalog.forget_texts(company_id)


def index_documents(vault: Vault, worker: TextWorker, *, company_id: int | None = None,
                    progress: Callable[[int, int, Document], None] | None = None,
                    cancelled: Callable[[], bool] | None = None, pause: float = 0.0,
                    wait: float = -1) -> IndexReport:
    """Read every document that needs it, storing each as it is read; ``progress(done, total, doc)``
    after each. ``pause`` seconds between documents keeps a background run gentle.

    One reader at a time per vault (the window's and ``clientvault index`` would otherwise both
    read the same newest documents at once, two Tesseracts on the same page): ``wait`` seconds for
    the other to finish (-1: as long as it takes), then ``VaultBusy``."""
    with vault.catalog.lock(READER_LOCK, wait):
        return _index(vault, worker, company_id, progress, cancelled, pause)


def _index(vault: Vault, worker: TextWorker, company_id: int | None,
           progress: Callable[[int, int, Document], None] | None, cancelled: Callable[[], bool] | None,
           pause: float) -> IndexReport:
    report = IndexReport()
    total = vault.text_counts(company_id).pending
    done = 0
    below: int | None = None
    # Newest first, a page at a time, each page below the last: a document that cannot be read (its
    # file is missing) stays pending without holding back the ones after it.
    while batch := vault.pending_texts(BATCH, company_id, below_id=below):
        below = batch[-1].id
        for doc in batch:
            if cancelled is not None and cancelled():
                report.cancelled = True
                return report
            done += 1
            now = vault.find_document(doc.id)  # the page may be minutes old (OCR): as it is now
            if now is not None and now.deleted_at is None and now.filename == doc.filename:
                _read_one(vault, worker, now, report, cancelled)
                if report.cancelled:
                    return report
            if progress is not None:
                progress(done, max(total, done), doc)
            if pause:
                time.sleep(pause)
    return report


def _read_one(vault: Vault, worker: TextWorker, doc: Document, report: IndexReport,
              cancelled: Callable[[], bool] | None) -> None:
    path = vault.document_path(doc)
    if not path.exists():
        report.missing.append(doc)  # verify tells what happened to it; nothing to keep
        log.info("document %s (%s) has no file to read at %s", doc.id, doc.filename, path)
        return
    extracted = worker.extract(path, doc.mime_type)
    if cancelled is not None and cancelled():
        # Stopped while reading (the window closing kills the worker): what was cut short is no
        # verdict on the file, so nothing is kept and it is read next time.
        report.cancelled = True
        return
    if extracted.status == "failed" and not path.exists():
        return  # moved to the trash or purged while it was read
    if vault.store_text(doc, extracted):
        report.read += 1
        report.with_text += extracted.status == "ok"
        report.needs_ocr += extracted.status == "needs_ocr"
        if extracted.status == "failed":
            report.failed.append((doc, extracted.note))
            log.info("no text from document %s (%s): %s", doc.id, doc.filename, extracted.note)
