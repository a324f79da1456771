"""SQLite's full-text index of document text (FTS5): the only place its syntax is written.

An external-content FTS5 table over ``document_text.body`` (the text is stored once, in the
portable table; FTS5 holds only the index), kept in step by triggers, so every way a row goes
(an indexer's upsert, a purge's cascade, an older release deleting a document) updates it.

Tokenizer ``unicode61 remove_diacritics 2``: words, case and accents folded ("camara" finds
"CÁMARA"), prefix queries for search as you type. The trigram tokenizer would also find the middle
of words, but it makes the index about three times the text and a two-letter query matches
nothing; a person types the start of words.
"""

from __future__ import annotations

from peewee import Database

from clientvault.core.catalog.dialect import HIT_END, HIT_START, SearchFilter, SearchTerms

TABLE = "document_text_fts"
SNIPPET_WORDS = 14
RANK_AT_MOST = 2000  # matches ranked by relevance; beyond, newest first (see search())
_TRIGGERS = {
    "document_text_ai": f"""AFTER INSERT ON document_text BEGIN
        INSERT INTO {TABLE}(rowid, body) VALUES (new.document_id, new.body); END""",
    "document_text_ad": f"""AFTER DELETE ON document_text BEGIN
        INSERT INTO {TABLE}({TABLE}, rowid, body) VALUES ('delete', old.document_id, old.body); END""",
    "document_text_au": f"""AFTER UPDATE OF body ON document_text BEGIN
        INSERT INTO {TABLE}({TABLE}, rowid, body) VALUES ('delete', old.document_id, old.body);
        INSERT INTO {TABLE}(rowid, body) VALUES (new.document_id, new.body); END""",
}


def create(db: Database) -> None:
    db.execute_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(body, content='document_text', "
                   "content_rowid='document_id', tokenize='unicode61 remove_diacritics 2')")
    for name, body in _TRIGGERS.items():
        db.execute_sql(f"CREATE TRIGGER IF NOT EXISTS {name} {body}")


def problem(db: Database, thorough: bool = True) -> str | None:
    present = {row[0] for row in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE name = ? OR (type = 'trigger' AND tbl_name = 'document_text')",
        (TABLE,))}
    if present != {TABLE, *_TRIGGERS}:
        return "missing"
    if not thorough:
        return None
    try:
        # Compares the index with the content table: an edit made with the triggers absent shows here.
        db.execute_sql(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('integrity-check', 1)")
    except Exception as exc:  # sqlite3.DatabaseError: "database disk image is malformed" for a stale index
        if "malformed" in str(exc) or "corrupt" in str(exc).lower():
            return "stale"
        raise
    return None


def rebuild(db: Database) -> None:
    with db.atomic():
        for name in _TRIGGERS:
            db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
        db.execute_sql(f"DROP TABLE IF EXISTS {TABLE}")
        create(db)
        db.execute_sql(f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')")


def _quoted(words: tuple[str, ...]) -> str:
    # Inside FTS5 double quotes every character is literal except the quote itself.
    return '"' + " ".join(w.replace('"', '""') for w in words) + '"'


def match_expression(terms: SearchTerms, prefix: bool = True) -> str:
    """Every word and every phrase must appear; each matches as the start of a word (``*``), so a
    person typing "resoluc" already finds "Resolución". Not ``prefix``: as whole words only."""
    star = "*" if prefix else ""
    parts = [f"{_quoted((w,))}{star}" for w in terms.words] + [f"{_quoted(p)}{star}" for p in terms.phrases]
    return " AND ".join(parts)


def _many(db: Database, terms: SearchTerms) -> bool:
    """Whether more than RANK_AT_MOST documents match: found by stepping that far down the index,
    without ranking or reading any of them. First as whole words, whose documents are a subset of
    the prefix's: for a common word that answers in 0.1 ms, where the prefix's lists of every word
    that starts so must be merged first (11 ms for «valor» over 100,000 documents)."""
    probe = f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?"
    return any(db.execute_sql(probe, (match_expression(terms, prefix), RANK_AT_MOST - 1)).fetchone() is not None
               for prefix in (False, True))


def search(db: Database, terms: SearchTerms, where: SearchFilter, limit: int) -> list[tuple[int, str]]:
    """Best first (bm25) when few documents match; newest first when many do. Ranking reads every
    match before returning the first: a common word in 100,000 documents (80,000 matches) took
    90-130 ms ranked and 7-16 ms newest first (bench/search.py), and among that many the newest
    is what a person looks for."""
    match = match_expression(terms)
    sql = [f"SELECT d.id, snippet({TABLE}, 0, ?, ?, '…', {SNIPPET_WORDS}) FROM {TABLE} "
           f"JOIN document d ON d.id = {TABLE}.rowid JOIN company c ON c.id = d.company_id "
           f"WHERE {TABLE} MATCH ? AND d.deleted_at IS NULL AND c.removed_at IS NULL"]
    params: list[object] = [HIT_START, HIT_END, match]
    if where.company_id is not None:
        sql.append("AND d.company_id = ?")
        params.append(where.company_id)
    if where.mime_types:
        sql.append(f"AND d.mime_type IN ({', '.join('?' * len(where.mime_types))})")
        params.extend(where.mime_types)
    if where.added_from is not None:
        sql.append("AND d.added >= ?")
        params.append(where.added_from.isoformat(" "))
    if where.added_before is not None:
        sql.append("AND d.added < ?")
        params.append(where.added_before.isoformat(" "))
    if where.exclude_ids:
        sql.append(f"AND d.id NOT IN ({', '.join('?' * len(where.exclude_ids))})")
        params.extend(sorted(where.exclude_ids))
    sql.append(f"ORDER BY {TABLE}.rowid DESC LIMIT ?" if _many(db, terms) else "ORDER BY rank LIMIT ?")
    params.append(int(limit))
    return [(int(i), str(s or "")) for i, s in db.execute_sql(" ".join(sql), params)]
