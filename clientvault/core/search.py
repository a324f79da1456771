"""One search across every company: by name, then by what the documents say.

The window's search field and ``clientvault search`` call ``Vault.search``; the text it looks in
is read in the background (``indexing.py``) and kept in the catalog (``catalog/texts.py``), whose
dialect owns the full-text index.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Literal, TypeVar

from clientvault.core.catalog.dialect import HIT_END as HIT_END  # re-exported: the clients mark hits
from clientvault.core.catalog.dialect import HIT_START as HIT_START
from clientvault.core.catalog.dialect import SearchFilter
from clientvault.core.catalog.models import Company, Document, DocumentText
from clientvault.core.catalog.texts import TextCounts
from clientvault.core.filetypes import KINDS

if TYPE_CHECKING:
    from clientvault.core.catalog import Catalog

log = logging.getLogger(__name__)
T = TypeVar("T")

# Words a person uses for a family of formats, beside the format codes themselves (pdf, xlsx...).
_FAMILY_WORDS = {"excel": "sheet", "hoja": "sheet", "sheet": "sheet", "word": "word", "imagen": "image",
                 "image": "image", "texto": "text", "text": "text", "pdf": "pdf"}


@dataclass(frozen=True)
class SearchHit:
    """A document found: ``where`` says whether by its name or by its text; ``snippet`` is the
    text around the first hits (plain text, each hit between HIT_START and HIT_END), empty for a
    name hit."""

    document: Document
    where: Literal["name", "text"]
    snippet: str = ""

    @property
    def company(self) -> Company:
        return self.document.company


def kind_names() -> list[str]:
    """What ``--kind`` accepts: format codes (pdf, xlsx...) and families (excel, word, image, text)."""
    return sorted({*KINDS, *_FAMILY_WORDS})


def mime_types_for(kind: str) -> tuple[str, ...]:
    """The MIME types one kind word stands for; empty when the word names no kind."""
    word = kind.strip().casefold()
    if word in KINDS:
        return (KINDS[word].mime,)
    family = _FAMILY_WORDS.get(word)
    return tuple(k.mime for k in KINDS.values() if k.family == family) if family else ()


def with_text_index(catalog: Catalog, call: Callable[[], T]) -> T:
    """``call()``, and once more after making the full-text index again if it failed because the
    index is missing or damaged (dropped by hand, a copy of the database without it): the index is
    derived from the stored texts, so rebuilding it loses nothing, and a person searching should
    not be sent to a repair command for it."""
    from clientvault.core.catalog import CatalogError

    try:
        return call()
    except CatalogError:
        # Only whether the index is there: the full check reads all of it (2 s over 100,000
        # documents), too long for a search typed in the window.
        if catalog.text_index_problem(thorough=False) is None:
            raise
        log.warning("the full-text index of %s was missing; rebuilt", catalog.dialect.describe())
        catalog.rebuild_text_index()
        return call()


def _utc_midnight(day: date) -> datetime:
    """The start of a local calendar day, in UTC like the ``added`` column."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC).replace(tzinfo=None)


class DocumentSearch:
    """Mixed into ``Vault``."""

    catalog: Catalog

    def search(self, text: str, company_id: int | None = None, kinds: Iterable[str] = (),
               since: date | None = None, until: date | None = None, limit: int = 200) -> list[SearchHit]:
        """Documents whose name holds every word typed, then those whose text matches (best first),
        each once. Case and accents are ignored. ``kinds``: format codes or families; ``since`` and
        ``until``: the day each was added, both included, in local time."""
        per_kind = [mime_types_for(k) for k in kinds]
        if not all(per_kind):
            return []  # a kind that names nothing finds nothing, rather than everything
        mimes = tuple(m for kind_mimes in per_kind for m in kind_mimes)
        where = SearchFilter(company_id=company_id, mime_types=mimes,
                             added_from=_utc_midnight(since) if since else None,
                             added_before=_utc_midnight(until + timedelta(days=1)) if until else None)
        hits = [SearchHit(d, "name") for d in self.catalog.search_names(text, where, limit)]
        if len(hits) < limit:
            seen = frozenset(h.document.id for h in hits)
            where = replace(where, exclude_ids=seen)
            found = with_text_index(self.catalog, lambda: self.catalog.search_contents(text, where, limit - len(hits)))
            hits += [SearchHit(d, "text", s) for d, s in found]
        return hits

    def document_text(self, doc_id: int) -> DocumentText | None:
        """What was read from a document (``body``, ``status``), or None before it was read."""
        return self.catalog.text_of(doc_id)

    def text_counts(self, company_id: int | None = None) -> TextCounts:
        return self.catalog.text_counts(company_id)
