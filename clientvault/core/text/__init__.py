"""Document text for search: what a file says, bounded, from a reader a hostile file cannot take down.

::

    from clientvault.core.text import Extracted, extract, ocr_available
    from clientvault.core.text.worker import TextWorker

    with TextWorker() as worker:            # a child process: crashes, hangs and memory stay there
        got = worker.extract(path, mime)     # -> Extracted(text, status, pages, ocr_pages, note)

``extract`` does the same work in the calling process (for tests, benchmarks and the worker itself).
``status`` is "ok", "empty", "failed" or "needs_ocr" (see :class:`Extracted`). The worker is not
imported here, so ``python -m clientvault.core.text.worker`` does not find itself half-imported.
"""

from clientvault.core.text.ocr import ocr_available
from clientvault.core.text.readers import extract
from clientvault.core.text.result import MAX_CHARS, Extracted

__all__ = ["MAX_CHARS", "Extracted", "extract", "ocr_available"]
