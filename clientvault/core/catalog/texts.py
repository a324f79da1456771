"""The catalog's part of search: names folded for accents, document text and its full-text index.

Names are matched with the ``search_key`` columns (each word typed must appear somewhere in the
folded name, as the file filter always did); content through the dialect's own full-text search,
which gets the words already parsed (``terms_of``), never a query string.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from peewee import JOIN, Case, fn

from clientvault.core.catalog import models as rows
from clientvault.core.catalog.dialect import SearchFilter, SearchTerms
from clientvault.core.catalog.models import fold, sort_key, utcnow

if TYPE_CHECKING:
    from peewee import Database

    from clientvault.core.catalog.dialect import Dialect

_QUOTED = re.compile(r'"([^"]*)"?')
_TOKEN = re.compile(r"[^\W_]+")  # what FTS5's unicode61 calls a word: letters and digits
# Bounds a query, so a pasted page of text cannot make a query of thousands of terms.
MAX_TERMS = 12


def _as_the_index_folds(text: str) -> str:
    """Case and accents folded as FTS5's unicode61 tokenizer folds the documents' words (lower case,
    combining marks dropped), not as ``fold`` does for names: its compatibility step would turn
    «Nº», «2ª» and «m²» into "no", "2a" and "m2", which the index never holds."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def terms_of(text: str) -> SearchTerms:
    """What a person typed as words and phrases: a quoted part is a phrase, and so is a chunk that
    punctuation splits into several words (900.123.456, 2024-03-15), which must stay together."""
    words: list[str] = []
    phrases: list[tuple[str, ...]] = []
    folded = _as_the_index_folds(text)
    for quoted in _QUOTED.findall(folded):
        tokens = tuple(_TOKEN.findall(quoted))
        if len(tokens) > 1:
            phrases.append(tokens)
        words.extend(tokens[:1] if len(tokens) == 1 else ())
    for chunk in _QUOTED.sub(" ", folded).split():
        tokens = tuple(_TOKEN.findall(chunk))
        if len(tokens) == 1:
            words.append(tokens[0])
        elif tokens:
            phrases.append(tokens)
    words = list(dict.fromkeys(words))
    return SearchTerms(tuple(words[:MAX_TERMS]), tuple(phrases[: max(0, MAX_TERMS - len(words))]))


def name_pieces(text: str) -> list[str]:
    """The pieces a folded name must contain, one per word typed (quotes ignored)."""
    return list(dict.fromkeys(fold(text).replace('"', " ").split()))[:MAX_TERMS]


@dataclass(frozen=True)
class TextCounts:
    """How far the text index is: of ``documents`` live documents, ``done`` have their text read
    (``failed`` of them unreadable), ``needs_ocr`` wait for Tesseract."""

    documents: int
    done: int
    failed: int
    needs_ocr: int

    @property
    def pending(self) -> int:
        return self.documents - self.done


class CatalogSearch:
    """Mixed into ``Catalog``, whose database, dialect and bound models these are."""

    db: Database
    dialect: Dialect
    Company: type[rows.Company]
    Document: type[rows.Document]
    DocumentText: type[rows.DocumentText]

    def _live(self, scan: bool = False) -> Any:
        """Live documents of live companies, each with its company loaded. ``scan``: the trash test
        checked on each row of a plain scan, never through the live-name index (``Dialect.unindexed``)."""
        D, C = self.Document, self.Company
        deleted_at = self.dialect.unindexed(D.deleted_at) if scan else D.deleted_at
        return D.select(D, C).join(C, JOIN.INNER).where(deleted_at.is_null() & C.removed_at.is_null())

    def _filtered(self, query: Any, where: SearchFilter) -> Any:
        D = self.Document
        if where.company_id is not None:
            query = query.where(D.company == where.company_id)
        if where.mime_types:
            query = query.where(D.mime_type.in_(list(where.mime_types)))
        if where.added_from is not None:
            query = query.where(D.added >= where.added_from)
        if where.added_before is not None:
            query = query.where(D.added < where.added_before)
        if where.exclude_ids:
            query = query.where(D.id.not_in(sorted(where.exclude_ids)))
        return query

    def search_names(self, text: str, where: SearchFilter = SearchFilter(), limit: int = 500) -> list[rows.Document]:
        """Live documents whose name holds every word typed (case and accents ignored), by company
        then name (Spanish order); each with its company loaded."""
        pieces = name_pieces(text)
        if not pieces:
            return []
        D, C = self.Document, self.Company
        # Every live name is read anyway (a LIKE '%x%' cannot seek): as a plain scan, not through the
        # live-name index and back to each row (80 ms against 20 ms over 100,000 documents).
        query = self._filtered(self._live(scan=True), where)
        for piece in pieces:
            query = query.where(D.search_key.contains(piece))
        return list(query.order_by(C.sort_key, C.id, D.sort_key, D.id).limit(limit))

    def search_contents(self, text: str, where: SearchFilter = SearchFilter(),
                        limit: int = 500) -> list[tuple[rows.Document, str]]:
        """Live documents whose text matches, best first, each with a snippet (hits between
        "\\x02" and "\\x03")."""
        terms = terms_of(text)
        if not terms:
            return []
        found = self.dialect.search_text(self.db, terms, where, limit)
        if not found:
            return []
        D = self.Document
        docs = {d.id: d for d in self._live().where(D.id.in_([i for i, _ in found]))}
        return [(docs[i], snippet) for i, snippet in found if i in docs]

    # -- the text of documents ------------------------------------------------------------------

    def text_pending(self, limit: int = 100, company_id: int | None = None,
                     retry_needs_ocr: bool = False, below_id: int | None = None) -> list[rows.Document]:
        """Live documents whose text was never read, or was read from other content (a repaired
        file), newest first: a person searches for what they just filed. ``retry_needs_ocr`` adds
        those read when Tesseract was missing; ``below_id`` continues a walk where a page ended."""
        D, T = self.Document, self.DocumentText
        stale = T.document.is_null() | (T.checksum != D.checksum)
        if retry_needs_ocr:
            stale |= T.status == "needs_ocr"
        query = (self._live().join_from(D, T, JOIN.LEFT_OUTER, on=(T.document == D.id)).where(stale))
        if company_id is not None:
            query = query.where(D.company == company_id)
        if below_id is not None:
            query = query.where(D.id < below_id)
        return list(query.order_by(D.id.desc()).limit(limit))

    def put_text(self, doc_id: int, checksum: str, status: str, body: str, pages: int = 0,
                 ocr_pages: int = 0, note: str = "", filename: str | None = None) -> bool:
        """Store a document's text; False (nothing stored) when the document is gone, in the trash,
        renamed from ``filename`` or of other content since it was read: the file that was read may
        then be another document's (the trashed "RUT.pdf" and the new one uploaded under its name)."""
        T, D = self.DocumentText, self.Document
        with self.db.atomic():
            same = (D.id == doc_id) & (D.checksum == checksum) & D.deleted_at.is_null()
            if filename is not None:
                same &= D.filename == filename
            if not D.select().where(same).exists():
                return False
            fields = {T.checksum: checksum, T.status: status, T.body: body, T.pages: pages,
                      T.ocr_pages: ocr_pages, T.note: note, T.extracted_at: utcnow()}
            T.insert({T.document: doc_id, **fields}).on_conflict(conflict_target=[T.document], update=fields).execute()
        return True

    def text_of(self, doc_id: int) -> rows.DocumentText | None:
        return self.DocumentText.get_or_none(self.DocumentText.document == int(doc_id))

    def text_counts(self, company_id: int | None = None) -> TextCounts:
        D, T = self.Document, self.DocumentText
        query = (self._live().select(fn.COUNT(D.id), fn.COUNT(T.document),
                                     fn.SUM((T.status == "failed").cast("INTEGER")),
                                     fn.SUM((T.status == "needs_ocr").cast("INTEGER")))
                 .join_from(D, T, JOIN.LEFT_OUTER, on=((T.document == D.id) & (T.checksum == D.checksum))))
        if company_id is not None:
            query = query.where(D.company == company_id)
        total, done, failed, needs = cast(tuple[int, int, "int | None", "int | None"], query.tuples().get())
        return TextCounts(int(total or 0), int(done or 0), int(failed or 0), int(needs or 0))

    def forget_texts(self, company_id: int | None = None, doc_ids: Iterable[int] | None = None) -> int:
        """Drop stored text so it is read again (``index --rebuild``); returns how many."""
        T, D = self.DocumentText, self.Document
        query = T.delete()
        if company_id is not None:
            query = query.where(T.document.in_(D.select(D.id).where(D.company == company_id)))
        if doc_ids is not None:
            query = query.where(T.document.in_([int(i) for i in doc_ids]))
        with self.db.atomic():
            return int(query.execute())

    def stale_texts(self) -> list[int]:
        """Documents whose stored text was read from content they no longer have."""
        T, D = self.DocumentText, self.Document
        found = cast(list[tuple[int]], list(T.select(T.document).join(D, on=(D.id == T.document))
                                            .where(T.checksum != D.checksum).tuples()))
        return [int(i) for (i,) in found]

    def text_index_problem(self, thorough: bool = True) -> str | None:
        return self.dialect.text_index_problem(self.db, thorough)

    def rebuild_text_index(self) -> None:
        self.dialect.rebuild_text_index(self.db)

    def stale_search_keys(self, fix: bool = False) -> int:
        """Names whose folded key or sort key no longer matches them (renamed by an older release,
        which knows no such key), so the filter and the search would miss them, or the list would
        sort them by their old name; ``fix`` writes the right keys."""
        return self._rekey(missing_only=False, fix=fix)

    def fill_search_keys(self) -> int:
        """Rows an older 3.x release wrote have no folded key or sort key yet: give them theirs (at
        open; the partial indexes make the usual case, none, a lookup)."""
        return self._rekey(missing_only=True, fix=True)

    def _rekey(self, missing_only: bool, fix: bool) -> int:
        """How many names' ``search_key`` is not ``fold`` of them, or their ``sort_key`` not
        ``sort_key`` of them (only those without one, if ``missing_only``), written right when ``fix``."""
        wrong_names: set[tuple[str, int]] = set()
        D, C = self.Document, self.Company
        for model, source in ((D, D.filename), (C, C.name)):
            for column, key_of in ((model.search_key, fold), (model.sort_key, sort_key)):
                query = model.select(model.id, source, column)
                if missing_only:
                    query = query.where(column.is_null())
                found = cast(list[tuple[int, str, "str | None"]], list(query.tuples()))
                wrong = [(row_id, key) for row_id, name, old in found if (key := key_of(name)) != old]
                wrong_names.update((model._meta.table_name, row_id) for row_id, _ in wrong)
                if fix and wrong:
                    with self.db.atomic():
                        # 500 rows per UPDATE (a CASE on the id), as migrations 3.2 and 3.3 write them:
                        # one statement per row took seconds for the 100,000 rows an older release can leave.
                        for start in range(0, len(wrong), 500):
                            chunk = wrong[start:start + 500]
                            model.update({column: Case(model.id, chunk)}).where(
                                model.id.in_([row_id for row_id, _ in chunk])).execute()
        return len(wrong_names)


__all__ = ["CatalogSearch", "TextCounts", "name_pieces", "terms_of"]
