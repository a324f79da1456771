"""The results of the search across all companies: one row per document found.

``Vault.search`` returns at most a few hundred hits in a few milliseconds, so the model holds them
all; names come first, then contents (the core's order, kept as is: the list is ranked, not sorted).
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from clientvault.core.values import HIT_END, HIT_START, label_for
from clientvault.core.vault import SearchHit
from clientvault.ui import icons
from clientvault.ui.formatting import local_date

Index = QModelIndex | QPersistentModelIndex
HIGHLIGHT = '<span style="background-color:#ffe082; color:#000000; font-weight:600">'


def snippet_html(snippet: str, max_chars: int = 0) -> str:
    """The core's snippet (hits between HIT_START and HIT_END) as HTML with the hits highlighted.
    Escaped first, so a document's "<" or "&" reads as itself. ``max_chars`` > 0 cuts the visible
    text to that many characters and ends it with "…", keeping the hit markers balanced."""
    text = " ".join(snippet.split())  # line breaks and tabs of the document read as spaces here
    if max_chars > 0:
        text = _clip(text, max_chars)
    out = html.escape(text, quote=False)
    return out.replace(HIT_START, HIGHLIGHT).replace(HIT_END, "</span>")


def mark_words(name: str, query: str) -> str:
    """``name`` with each word of ``query`` found in it (case and accents aside, as the search
    matched it) between HIT_START and HIT_END, for ``snippet_html``."""
    from clientvault.core.values import fold
    from clientvault.preview.pdf_find import find_spans

    spans = sorted(span for word in dict.fromkeys(fold(query).replace('"', " ").split())
                   for span in find_spans(name, re.compile(re.escape(word))))
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, last = [], 0
    for start, end in merged:
        out += [name[last:start], HIT_START, name[start:end], HIT_END]
        last = end
    return "".join(out) + name[last:]


def _clip(text: str, max_chars: int) -> str:
    visible, inside, kept = 0, False, []
    for ch in text:
        if ch in (HIT_START, HIT_END):
            inside = ch == HIT_START
            kept.append(ch)
            continue
        if visible >= max_chars:
            return "".join(kept).rstrip() + (HIT_END if inside else "") + "…"
        kept.append(ch)
        visible += 1
    return "".join(kept)


def plain_snippet(snippet: str) -> str:
    """The snippet as plain text (for tooltips and screen readers)."""
    return " ".join(snippet.replace(HIT_START, "").replace(HIT_END, "").split())


class SearchModel(QAbstractListModel):
    """Rows are ``SearchHit`` objects (``HitRole``); the display text is the file name, and the
    other roles give what the results list paints around it."""

    HitRole = Qt.ItemDataRole.UserRole + 1
    CompanyRole = Qt.ItemDataRole.UserRole + 2
    KindRole = Qt.ItemDataRole.UserRole + 3
    DateRole = Qt.ItemDataRole.UserRole + 4
    SnippetRole = Qt.ItemDataRole.UserRole + 5  # HTML, hits highlighted; "" for a name hit
    MarkedNameRole = Qt.ItemDataRole.UserRole + 6  # the name, the words found in it between HIT_START/HIT_END

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._query = ""

    def set_hits(self, hits: list[SearchHit], query: str = "") -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._query = query
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    def row_of(self, doc_id: int) -> int:
        for i, found in enumerate(self._hits):
            if found.document.id == doc_id:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        found = self._hits[index.row()]
        doc = found.document
        if role == Qt.ItemDataRole.DisplayRole:
            return doc.filename
        if role == self.HitRole:
            return found
        if role == self.CompanyRole:
            return found.company.name
        if role == self.KindRole:
            return label_for(doc.format_code)
        if role == self.DateRole:
            return local_date(doc.added)
        if role == self.SnippetRole:
            return snippet_html(found.snippet) if found.where == "text" else ""
        if role == self.MarkedNameRole:
            return mark_words(doc.filename, self._query) if found.where == "name" else doc.filename
        if role == Qt.ItemDataRole.DecorationRole:
            return icons.format_icon(doc.format_code)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [doc.filename, found.company.name, f"{label_for(doc.format_code)} · {local_date(doc.added)}"]
            if found.where == "text" and found.snippet:
                lines.append(plain_snippet(found.snippet))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(x for x in (doc.filename, found.company.name, label_for(doc.format_code),
                                         local_date(doc.added), plain_snippet(found.snippet)) if x)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
