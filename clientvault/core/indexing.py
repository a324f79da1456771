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
    from pathlib import Path

    from clientvault.core.catalog import Catalog
    from clientvault.core.catalog.texts import TextCounts
    from clientvault.core.text import Extracted
    from clientvault.core.text.worker import TextWorker
    from clientvault.core.vault import Vault

log = logging.getLogger(__name__)

BATCH = 50


@dataclass
class IndexReport:
    read: int = 0  # documents whose text was stored
    with_text: int = 0
    failed: list[tuple[Document, str]] = field(default_factory=list)  # and why, for the log
    needs_ocr: int = 0
    cancelled: bool = False


class DocumentTexts:
    """Mixed into ``Vault``."""

    catalog: Catalog

    if TYPE_CHECKING:
        def document_path(self, doc: Document) -> Path: ...  # Vault's
        def text_counts(self, company_id: int | None = None) -> TextCounts: ...  # search.py's

    def pending_texts(self, limit: int = BATCH, company_id: int | None = None) -> list[Document]:
        """Documents to read, newest first; those read without Tesseract come back once it is installed."""
        from clientvault.core.text import ocr_available

        return self.catalog.text_pending(limit, company_id, retry_needs_ocr=ocr_available())

    def store_text(self, doc: Document, extracted: Extracted) -> bool:
        """Keep what was read from ``doc``; False when the document changed or went meanwhile."""
        from clientvault.core.search import with_text_index

        # The text comes bounded and without control characters (core/text's bound()), so the
        # snippet's markers (\x02, \x03) never occur in it.
        return with_text_index(self.catalog, lambda: self.catalog.put_text(
            doc.id, doc.checksum, extracted.status, extracted.text, extracted.pages, extracted.ocr_pages,
            extracted.note))

    def forget_texts(self, company_id: int | None = None) -> int:
        """Read every document (of one company) again: ``clientvault index --rebuild``."""
        return self.catalog.forget_texts(company_id)


def index_documents(vault: Vault, worker: TextWorker, *, company_id: int | None = None,
                    progress: Callable[[int, int, Document], None] | None = None,
                    cancelled: Callable[[], bool] | None = None, pause: float = 0.0) -> IndexReport:
    """Read every document that needs it, storing each as it is read; ``progress(done, total, doc)``
    after each. ``pause`` seconds between documents keeps a background run gentle."""
    report = IndexReport()
    total = vault.text_counts(company_id).pending
    tried: set[int] = set()
    while True:
        batch = [d for d in vault.pending_texts(BATCH, company_id) if d.id not in tried]
        if not batch:
            return report
        for doc in batch:
            if cancelled is not None and cancelled():
                report.cancelled = True
                return report
            tried.add(doc.id)
            path = vault.document_path(doc)
            extracted = worker.extract(path, doc.mime_type)
            if cancelled is not None and cancelled():
                # Stopped while reading (the window closing kills the worker): what was cut short
                # is no verdict on the file, so nothing is kept and it is read next time.
                report.cancelled = True
                return report
            if extracted.status == "failed" and not path.exists():
                continue  # moved to the trash or purged while it was read: nothing to keep
            if vault.store_text(doc, extracted):
                report.read += 1
                report.with_text += extracted.status == "ok"
                report.needs_ocr += extracted.status == "needs_ocr"
                if extracted.status == "failed":
                    report.failed.append((doc, extracted.note))
                    log.info("no text from document %s (%s): %s", doc.id, doc.filename, extracted.note)
            if progress is not None:
                progress(len(tried), max(total, len(tried)), doc)
            if pause:
                time.sleep(pause)
