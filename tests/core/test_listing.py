"""Listing a company's documents: sorted and filtered by SQLite, paged, and fast because indexed.

The 100,000-row test checks the rows a page returns and that every sort walks an index (no temporary
B-tree for ORDER BY); it never asserts a time, which would only measure the machine.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest

from clientvault.core.catalog.models import LAST_KEY, Company, Document, fold, name_key, sort_key
from clientvault.core.vault import SORT_KEYS, Vault

BASE = datetime(2024, 1, 1, 8, 0, 0)


@pytest.fixture
def listed(vault: Vault, company: Company, make_file) -> dict[str, Document]:
    """Seven real files of several formats, sizes and (set explicitly) import dates."""
    specs = [
        # name, size (PDFs padded), days after BASE
        ("factura_1.pdf", 3000, 5),
        ("facturaX1.pdf", 1000, 1),
        ("100% pagado.pdf", 5000, 3),
        ("1000 pagado.pdf", 2000, 6),
        ("Árbol de cuentas.csv", None, 2),
        ("balance.txt", None, 4),
        ("zeta.png", None, 0),
    ]
    out = {}
    for name, size, days in specs:
        src = make_file(name, size=size) if size else make_file(name)
        doc = vault.import_file(company.id, src).document
        assert doc is not None
        vault.catalog.Document.update(added=BASE + timedelta(days=days)).where(vault.catalog.Document.id == doc.id).execute()
        out[name] = vault.catalog.Document.get_by_id(doc.id)
    # Another company's and a trashed document never show up in this company's listing.
    other = vault.add_company("Otra S.A.S.")
    vault.import_file(other.id, make_file("factura_2.pdf"))
    trashed = vault.import_file(company.id, make_file("factura_borrada.pdf")).document
    assert trashed is not None
    vault.delete([trashed.id])
    return out


def names(docs: list[Document]) -> list[str]:
    return [d.filename for d in docs]


def test_sort_by_name(vault: Vault, company: Company, listed: dict[str, Document]) -> None:
    # Spanish order: "Árbol" among the a's (not after "zeta"), "balance" not pushed after upper-case
    # names, 100 before 1000 by value.
    expected = ["100% pagado.pdf", "1000 pagado.pdf", "Árbol de cuentas.csv", "balance.txt", "factura_1.pdf",
                "facturaX1.pdf", "zeta.png"]
    assert sorted(listed) != expected  # not what a code-point sort gives
    assert names(vault.list_documents(company.id, sort="name")) == expected
    assert names(vault.list_documents(company.id, sort="name", descending=True)) == expected[::-1]


def test_sort_by_size(vault: Vault, company: Company, listed: dict[str, Document]) -> None:
    expected = [d.filename for d in sorted(listed.values(), key=lambda d: (d.size, d.id))]
    assert names(vault.list_documents(company.id, sort="size")) == expected
    assert names(vault.list_documents(company.id, sort="size", descending=True)) == expected[::-1]
    sizes = [d.size for d in vault.list_documents(company.id, sort="size")]
    assert sizes == sorted(sizes) and sizes[-1] == 5000


def test_sort_by_date(vault: Vault, company: Company, listed: dict[str, Document]) -> None:
    expected = [
        "zeta.png",
        "facturaX1.pdf",
        "Árbol de cuentas.csv",
        "100% pagado.pdf",
        "balance.txt",
        "factura_1.pdf",
        "1000 pagado.pdf",
    ]
    assert names(vault.list_documents(company.id, sort="date")) == expected
    assert names(vault.list_documents(company.id, sort="date", descending=True)) == expected[::-1]


def test_sort_by_format_groups_kinds_then_names(vault: Vault, company: Company, listed: dict[str, Document]) -> None:
    got = vault.list_documents(company.id, sort="format")
    assert [d.mime_type for d in got] == sorted(d.mime_type for d in got)
    pdfs = [d.filename for d in got if d.mime_type == "application/pdf"]
    assert pdfs == sorted(pdfs, key=str.casefold)
    # Descending is the exact reverse (kind Z-A, then name Z-A), so one index serves both directions.
    assert names(vault.list_documents(company.id, sort="format", descending=True)) == names(got)[::-1]


def test_search_takes_underscore_and_percent_literally(vault: Vault, company: Company, listed: dict[str, Document]) -> None:
    assert names(vault.list_documents(company.id, search="factura_")) == ["factura_1.pdf"]
    assert names(vault.list_documents(company.id, search="_")) == ["factura_1.pdf"]
    assert names(vault.list_documents(company.id, search="100%")) == ["100% pagado.pdf"]
    assert names(vault.list_documents(company.id, search="%")) == ["100% pagado.pdf"]
    assert vault.count_documents(company.id, search="_") == 1


def test_search_ignores_case_and_accents_stay(vault: Vault, company: Company, listed: dict[str, Document]) -> None:
    assert names(vault.list_documents(company.id, search="ÁRBOL")) == ["Árbol de cuentas.csv"]
    # "%" sorts before "0", as in any file manager sorting by characters.
    assert names(vault.list_documents(company.id, search="  pagado ", sort="name")) == ["100% pagado.pdf", "1000 pagado.pdf"]
    assert vault.list_documents(company.id, search="no existe") == []


def test_search_across_companies(vault: Vault, company: Company, listed: dict[str, Document]) -> None:
    everywhere = vault.search("factura_")
    assert sorted(h.document.filename for h in everywhere) == ["factura_1.pdf", "factura_2.pdf"]
    assert names([h.document for h in vault.search("factura_", company_id=company.id)]) == ["factura_1.pdf"]
    assert vault.search("borrada") == []  # trashed


def test_paging_with_offset_and_limit(vault: Vault, company: Company, listed: dict[str, Document]) -> None:
    whole = names(vault.list_documents(company.id, sort="name", limit=None))
    pages = [names(vault.list_documents(company.id, sort="name", offset=o, limit=3)) for o in (0, 3, 6, 9)]
    assert [len(p) for p in pages] == [3, 3, 1, 0]
    assert sum(pages, []) == whole
    assert vault.count_documents(company.id) == 7
    assert vault.count_documents(company.id, trash=True) == 1
    assert vault.company_totals(company.id) == (7, sum(d.size for d in listed.values()))


def test_trash_listing_sorts_by_deletion_date(vault: Vault, company: Company, listed: dict[str, Document]) -> None:
    vault.delete([listed["zeta.png"].id, listed["balance.txt"].id])
    got = names(vault.list_documents(company.id, sort="date", trash=True))
    assert got[-1] == "balance.txt"  # deleted last
    assert set(got) == {"zeta.png", "balance.txt", "factura_borrada.pdf"}


# -- 100,000 documents ---------------------------------------------------------------------------

WORDS = ["factura", "nómina", "extracto", "RUT", "contrato", "acta", "Balance", "soporte_pago", "100%"]
MIMES = ["application/pdf", "text/csv", "image/png", "application/vnd.ms-excel", "text/plain"]
N = 100_000


@pytest.fixture(scope="module")
def big_vault(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """One company with 100,000 rows (no files: only the database is under test), 500 of them
    trashed, and a second company with 1,000 rows."""
    vault = Vault(tmp_path_factory.mktemp("big") / "vault")
    big = vault.add_company("Grande S.A.")
    small = vault.add_company("Pequeña S.A.")
    rng = random.Random(20241128)
    rows: list[dict[str, Any]] = []
    # Most papers have no type, period or expiry; the others a few of each, ties included.
    types = [None] * 6 + vault.document_types()
    periods = [None] * 6 + ["2023", "2023-12", "2024", "2024-01", "2024-12"]
    for i in range(N + 1000):
        name = f"{rng.choice(WORDS)} {rng.randrange(10**6):06d} {i}.pdf"
        kind, period = rng.choice(types), rng.choice(periods)
        expires = (BASE + timedelta(days=rng.randrange(2000))).date() if rng.random() < 0.3 else None
        rows.append(
            {
                "company": big.id if i < N else small.id,
                "title": name[:-4],
                "original_filename": name,
                "filename": name,
                "name_key": name_key(name),
                "search_key": fold(name),
                "sort_key": sort_key(name),
                "mime_type": rng.choice(MIMES),
                "size": rng.randrange(1, 5 * 1024 * 1024),
                "checksum": f"{i:064x}",
                "added": BASE + timedelta(seconds=rng.randrange(10**8)),
                "modified": BASE,
                "deleted_at": BASE if i % 200 == 0 and i < N else None,
                "trash_name": f"t{i}" if i % 200 == 0 and i < N else None,
                "document_type": kind.id if kind else None,
                "period": period,
                "expires_on": expires,
                "expires_set": expires is not None,
                # The keys the catalog writes, worked out here on their own: none sorts last.
                "type_key": sort_key(kind.name) if kind else LAST_KEY,
                "period_key": period or LAST_KEY,
                "expires_key": expires.isoformat() if expires else LAST_KEY,
            }
        )
    with vault.catalog.db.atomic():
        for start in range(0, len(rows), 1000):
            vault.catalog.Document.insert_many(rows[start : start + 1000]).execute()
    ids = {r["checksum"]: d for r, d in zip(rows, range(1, len(rows) + 1), strict=True)}
    for r in rows:
        r["id"] = ids[r["checksum"]]
    live = [r for r in rows if r["company"] == big.id and r["deleted_at"] is None]
    yield vault, big, live
    vault.close()


def matches(fragment: str, row: dict[str, Any]) -> bool:
    """The filter's rule, written independently: every word typed is in the name, case and accents aside."""
    return all(fold(word) in fold(row["filename"]) for word in fragment.split())


def expected_page(
    live: list[dict[str, Any]], sort: str, descending: bool, fragment: str, offset: int, limit: int
) -> list[int]:
    column = {"name": "sort_key", "format": "mime_type", "date": "added", "size": "size", "type": "type_key",
              "period": "period_key", "expires": "expires_key"}[sort]
    rows = [r for r in live if matches(fragment, r)] if fragment else list(live)
    key: Callable[[dict[str, Any]], Any] = lambda r: r["id"]  # noqa: E731
    rows.sort(key=key, reverse=descending)  # ties: by id, in the same direction
    if sort in ("format", "type", "period", "expires"):
        rows.sort(key=lambda r: r["sort_key"], reverse=descending)  # then by name
    rows.sort(key=lambda r: r[column], reverse=descending)  # stable sorts: last key is primary
    return [r["id"] for r in rows[offset : offset + limit]]


@pytest.mark.slow
@pytest.mark.parametrize("sort", SORT_KEYS)
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("fragment", ["", "nómina 0", "soporte_pago", "100%"])
def test_page_of_200_among_100000(big_vault: Any, sort: str, descending: bool, fragment: str) -> None:
    vault, big, live = big_vault
    for offset in (0, 1800):
        got = vault.list_documents(big.id, search=fragment, sort=sort, descending=descending, offset=offset, limit=200)
        want = expected_page(live, sort, descending, fragment, offset, 200)
        assert [d.id for d in got] == want
        if not fragment or offset == 0:
            assert len(got) == 200
    assert vault.count_documents(big.id, search=fragment) == len(
        [r for r in live if matches(fragment, r)] if fragment else live
    )


@pytest.mark.slow
@pytest.mark.parametrize("sort", ["name", "expires", "date"])
def test_a_page_of_one_type_among_100000(big_vault: Any, caplog: pytest.LogCaptureFixture, sort: str) -> None:
    vault, big, live = big_vault
    rut = vault.document_type("rut")
    for type_id, want_rows in ((rut.id, [r for r in live if r["document_type"] == rut.id]),
                               (0, [r for r in live if r["document_type"] is None])):
        got = vault.list_documents(big.id, sort=sort, offset=100, limit=200, doc_type=type_id)
        assert [d.id for d in got] == expected_page(want_rows, sort, False, "", 100, 200)
        assert vault.count_documents(big.id, doc_type=type_id) == len(want_rows)
        doc = got[10]
        assert vault.document_position(big.id, doc.id, sort=sort, doc_type=type_id) == 110
    sql, params = _captured_select(caplog, lambda: vault.list_documents(big.id, doc_type=rut.id, limit=200))
    plan = " | ".join(row[-1] for row in vault.catalog.db.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall())
    assert "TEMP B-TREE" not in plan, plan


def _captured_select(caplog: pytest.LogCaptureFixture, call: Callable[[], object]) -> tuple[str, tuple[Any, ...]]:
    """The SQL peewee ran for ``call`` (peewee logs each query at DEBUG)."""
    caplog.clear()
    with caplog.at_level(logging.DEBUG, logger="peewee"):
        call()
    queries = [r.msg for r in caplog.records if r.name == "peewee" and isinstance(r.msg, tuple)]
    selects = [q for q in queries if q[0].lstrip().upper().startswith("SELECT")]
    assert len(selects) == 1, queries
    sql, params = selects[0]
    return sql, tuple(params)


@pytest.mark.slow
@pytest.mark.parametrize("sort", SORT_KEYS)
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("fragment", ["", "factura"])
def test_every_sort_walks_an_index(
    big_vault: Any, caplog: pytest.LogCaptureFixture, sort: str, descending: bool, fragment: str
) -> None:
    vault, big, _live = big_vault
    sql, params = _captured_select(
        caplog, lambda: vault.list_documents(big.id, search=fragment, sort=sort, descending=descending, limit=200)
    )
    plan = [row[-1] for row in vault.catalog.db.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall()]
    text = " | ".join(plan)
    assert "USING INDEX" in text or "USING COVERING INDEX" in text, text
    assert "TEMP B-TREE" not in text, text


@pytest.mark.slow
@pytest.mark.parametrize("sort", SORT_KEYS)
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("fragment", ["", "nómina 0"])
def test_a_documents_row_is_known_without_loading_the_rows_before_it(big_vault: Any, sort: str, descending: bool,
                                                                     fragment: str) -> None:
    vault, big, live = big_vault
    order = expected_page(live, sort, descending, fragment, 0, len(live))
    for row in (0, 1, len(order) // 2, len(order) - 1):
        assert vault.document_position(big.id, order[row], fragment, sort, descending) == row
    # Not listed, no row: a trashed document (the fixture trashes every 200th, id 1 among them),
    # one the filter hides, one of another company.
    assert vault.document_position(big.id, 1, fragment, sort, descending) is None
    if fragment:
        hidden = next(r["id"] for r in live if not matches(fragment, r))
        assert vault.document_position(big.id, hidden, fragment, sort, descending) is None
    assert vault.document_position(big.id, N + 1, fragment, sort, descending) is None


def test_listed_size_sums_the_rows_a_listing_would_return(vault: Vault, company: Company,
                                                          listed: dict[str, Document]) -> None:
    for sort in SORT_KEYS:
        for descending in (False, True):
            for search, offset, limit in (("", 0, 100), ("", 2, 3), ("factura", 0, 10), ("", 6, 10), ("", 10, 5)):
                docs = vault.list_documents(company.id, search=search, sort=sort, descending=descending,
                                            offset=offset, limit=limit)
                assert vault.listed_size(company.id, offset, limit, search, sort, descending) == sum(
                    d.size for d in docs)
    trashed = vault.list_documents(company.id, trash=True)
    assert vault.listed_size(company.id, 0, 10, trash=True) == sum(d.size for d in trashed) > 0


@pytest.mark.parametrize("sort", ["name", "format"])
def test_a_typed_filter_is_read_from_the_sort_index(vault: Vault, company: Company, listed: dict[str, Document],
                                                   sort: str) -> None:
    """Schema 3.5: the name sorts' indexes hold the folded name, so a filter over a company's files
    is answered from the index (only matching rows are read from the table) and its count too.
    Without it, every row of a 100,000-file company was read for each keystroke (80-110 ms)."""
    captured: list[tuple[str, Any]] = []
    db = vault.catalog.db
    real = db.execute_sql

    def capture(sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        captured.append((sql, params))
        return real(sql, params, *args, **kwargs)

    db.execute_sql = capture  # type: ignore[method-assign]
    try:
        vault.list_documents(company.id, search="factura", sort=sort)  # type: ignore[arg-type]
        vault.count_documents(company.id, search="factura")
    finally:
        db.execute_sql = real  # type: ignore[method-assign]
    assert len(captured) == 2
    plans = [" ".join(str(row[-1]) for row in real("EXPLAIN QUERY PLAN " + sql, params).fetchall())
             for sql, params in captured]  # the listing's page, then its count
    index = "document_by_format_sort" if sort == "format" else "document_by_sort_key"
    assert f"USING INDEX {index}" in plans[0], plans[0]  # walked in order, the filter checked in the index
    columns = [row[2] for row in real(f"PRAGMA index_info({index})").fetchall()]
    assert columns[-2:] == ["id", "search_key"], columns
    assert "USING COVERING INDEX" in plans[1], plans[1]  # the count never reads the table
