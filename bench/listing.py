"""Listing a 100,000-document company: a page of 200, every sort, deep pages, filters, counts.

    python bench/listing.py [--docs 100000] [--repeat 20] [--seed 1]

Builds a vault in a temporary folder with one company of ``--docs`` documents (rows inserted with
``vault.catalog.Document.insert_many`` in batches of 1,000 in one transaction; no files are needed to list)
and five smaller companies, then times each ``Vault`` call (median of ``--repeat`` after two
untimed calls) against the *same SQL* run through the ``sqlite3`` module directly: the statements
the vault executed are captured and replayed on a separate connection, fetching plain tuples. The
ratio vault / raw is therefore the cost of peewee building the query and the model objects.

Target (issue 2): a page of a 100,000-document company, sorted or filtered, in milliseconds; we
flag anything over 50 ms (the window's filter-keystroke budget in issue 3). Issue 14: about 30 % of
the rows have a paper type (with its own date, a period, and the expiry its rule or the person gives),
so the sorts by type, period and expiry and the type filter have real keys to walk.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from _common import machine, median_ms, table

BUDGET_MS = 50.0
MIMES = [
    "application/pdf",
    "application/pdf",
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.ms-excel",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "image/jpeg",
    "image/png",
    "text/csv",
]
EXT = {
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/vnd.ms-excel": "xls",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "image/jpeg": "jpg",
    "image/png": "png",
    "text/csv": "csv",
}
STEMS = [
    "Factura electrónica",
    "Soporte de pago",
    "Extracto bancario",
    "Nómina",
    "RUT",
    "Cámara de Comercio",
    "Contrato",
    "Estado financiero",
    "Declaración de renta",
    "Retención en la fuente",
    "Comprobante de egreso",
    "Recibo de caja",
]


TYPED_SHARE = 0.3  # of the rows with a paper type (issue 14)


def paper_fields(types: list[Any], added: datetime, rng: random.Random) -> dict[str, Any]:
    """A row's details and their sort keys, as the catalog writes them (``key_papers``): a type, a
    date, a period and an expiry for ``TYPED_SHARE`` of the rows. Every row gets every key, since
    ``insert_many`` takes its columns from the first row."""
    from clientvault.core.catalog.models import LAST_KEY
    from clientvault.core.paper_rules import rule_expiry

    if rng.random() >= TYPED_SHARE:
        return {"document_type": None, "created": None, "period": None, "expires_on": None, "expires_set": False,
                "type_key": LAST_KEY, "period_key": LAST_KEY, "expires_key": LAST_KEY}
    kind = rng.choice(types)
    created = (added - timedelta(days=rng.randrange(60))).date()
    period = f"{created.year - 1}" if rng.random() < 0.5 else None
    expires = rule_expiry(kind.rule, kind.rule_days, kind.rule_day, created, period)
    if kind.rule == "own":
        expires = created + timedelta(days=rng.randrange(30, 730))
    return {"document_type": kind.id, "created": created, "period": period, "expires_on": expires,
            "expires_set": kind.rule == "own", "type_key": kind.sort_key or LAST_KEY, "period_key": period or LAST_KEY,
            "expires_key": expires.isoformat() if expires else LAST_KEY}


def fill(vault: Any, company_id: int, count: int, rng: random.Random, trashed_share: float = 0.01) -> float:
    """Insert ``count`` document rows for one company; returns the seconds it took."""
    from clientvault.core.catalog.models import fold, name_key, sort_key

    Document = vault.catalog.Document  # the vault's own bound model
    types = vault.document_types()
    start = datetime(2022, 1, 1)
    t0 = time.perf_counter()
    with vault.catalog.atomic():
        for base in range(0, count, 1000):
            rows = []
            for i in range(base, min(base + 1000, count)):
                mime = rng.choice(MIMES)
                name = f"{rng.choice(STEMS)} {i:06d}.{EXT[mime]}"
                added = start + timedelta(seconds=rng.randrange(3 * 365 * 86400))
                deleted = added + timedelta(days=1) if rng.random() < trashed_share else None
                rows.append(
                    {
                        "company": company_id,
                        "title": name.rsplit(".", 1)[0],
                        "original_filename": name,
                        "filename": name,
                        "name_key": name_key(name),
                        "search_key": fold(name),  # the keys the catalog writes with every name
                        "sort_key": sort_key(name),
                        "mime_type": mime,
                        "size": int(rng.lognormvariate(11.5, 1.5)) % (5 * 1024 * 1024) + 1,
                        "checksum": rng.randbytes(32).hex(),
                        "added": added,
                        "modified": added,
                        "deleted_at": deleted,
                        "trash_name": f"{i}-{name}" if deleted else None,
                        **paper_fields(types, added, rng),
                    }
                )
            Document.insert_many(rows).execute()
    return time.perf_counter() - t0


class Recorder:
    """Captures the SQL a vault call executes, to replay it through sqlite3 without the ORM."""

    def __init__(self, db: Any) -> None:
        self.db = db
        self.statements: list[tuple[str, tuple[Any, ...]]] = []
        self._orig = db.execute_sql

    def capture(self, fn: Callable[[], Any]) -> list[tuple[str, tuple[Any, ...]]]:
        self.statements = []

        def spy(sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
            self.statements.append((sql, tuple(params or ())))
            return self._orig(sql, params, *args, **kwargs)

        self.db.execute_sql = spy
        try:
            fn()
        finally:
            self.db.execute_sql = self._orig
        return self.statements


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=100_000, help="documents in the big company (default 100,000)")
    ap.add_argument("--repeat", type=int, default=20, help="timed calls per operation; the median is shown (default 20)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", action="store_true", help="keep the temporary vault")
    args = ap.parse_args()

    from clientvault.core.paper_rules import TYPE_UNTYPED
    from clientvault.core.vault import SORT_KEYS, Vault

    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="cv-bench-listing-"))
    vault = Vault(work / "data")
    try:
        print(machine())
        big = vault.add_company("Grande Contable S.A.S.", nit="800191045")
        secs = fill(vault, big.id, args.docs, rng)
        others = 0
        for i, size in enumerate((5000, 2000, 1000, 500, 0)):
            c = vault.add_company(f"Cliente {i + 1} Ltda.")
            fill(vault, c.id, size, rng)
            others += size
        print(
            f"vault: {args.docs:,} documents in one company (1% of them in its trash, {TYPED_SHARE:.0%} typed) + "
            f"{others:,} in five others; "
            f"inserted the big one in {secs:.1f} s"
        )
        last_page = max(0, vault.count_documents(big.id) - 200)
        camara = vault.document_type("camara").id

        ops: list[tuple[str, Callable[[], Any]]] = []
        for key in SORT_KEYS:
            for desc in (False, True):
                ops.append(
                    (
                        f"page 1 by {key} {'desc' if desc else 'asc'}",
                        lambda k=key, d=desc: vault.list_documents(big.id, sort=k, descending=d),
                    )
                )
        for key in SORT_KEYS:
            ops.append(
                (
                    f"deep page (offset {last_page:,}) by {key}",
                    lambda k=key: vault.list_documents(big.id, sort=k, offset=last_page),
                )
            )
        ops += [
            ("count_documents", lambda: vault.count_documents(big.id)),
            ("filter 'factura' (common), page 1", lambda: vault.list_documents(big.id, search="factura")),
            ("filter 'factura' count", lambda: vault.count_documents(big.id, search="factura")),
            ("filter '004242' (rare), page 1", lambda: vault.list_documents(big.id, search="004242")),
            ("filter 'zzz' (no match), page 1", lambda: vault.list_documents(big.id, search="zzz")),
            ("filter 'nómina' by size desc", lambda: vault.list_documents(big.id, search="nómina", sort="size", descending=True)),
            ("trash page 1 by date", lambda: vault.list_documents(big.id, sort="date", trash=True)),
            ("sorted by type, page 1", lambda: vault.list_documents(big.id, sort="type")),
            ("sorted by type desc, deep page", lambda: vault.list_documents(big.id, sort="type", descending=True,
                                                                            offset=last_page)),
            ("sorted by expiry, page 1", lambda: vault.list_documents(big.id, sort="expires")),
            ("sorted by expiry desc, page 1", lambda: vault.list_documents(big.id, sort="expires", descending=True)),
            ("filtered by type (Cámara), page 1", lambda: vault.list_documents(big.id, doc_type=camara)),
            ("filtered by type (Cámara), count", lambda: vault.count_documents(big.id, doc_type=camara)),
            ("filtered by type, sorted by expiry", lambda: vault.list_documents(big.id, doc_type=camara,
                                                                                sort="expires")),
            ("filtered by type and 'cámara'", lambda: vault.list_documents(big.id, doc_type=camara, search="cámara")),
            ("untyped only, page 1 by name", lambda: vault.list_documents(big.id, doc_type=TYPE_UNTYPED)),
            ("companies() with counts", lambda: vault.companies()),
            ("company_totals", lambda: vault.company_totals(big.id)),
        ]

        raw = sqlite3.connect(f"file:{vault.db_path}?mode=ro", uri=True)
        rec = Recorder(vault.catalog.db)
        rows = []
        slow = []
        for label, fn in ops:
            statements = rec.capture(fn)
            result = fn()
            n = len(result) if isinstance(result, list) else result

            def replay(stmts: list[tuple[str, tuple[Any, ...]]] = statements) -> None:
                for sql, params in stmts:
                    raw.execute(sql, params).fetchall()

            t_vault = median_ms(fn, args.repeat)
            t_raw = median_ms(replay, args.repeat)
            rows.append(
                [
                    label,
                    f"{n:,}" if isinstance(n, int) else "-",
                    len(statements),
                    f"{t_vault:.2f}",
                    f"{t_raw:.2f}",
                    f"{t_vault / t_raw:.1f}" if t_raw > 0 else "-",
                ]
            )
            if t_vault > BUDGET_MS:
                slow.append(f"{label} ({t_vault:.0f} ms)")
        raw.close()
        print()
        print(table(["operation", "rows", "SQL", "vault ms", "raw sqlite3 ms", "vault/raw"], rows))
        print()
        print(f"median of {args.repeat} calls each; 'rows' is the page length or the count returned.")
        if slow:
            print(f"over the {BUDGET_MS:.0f} ms budget: " + "; ".join(slow))
        else:
            print(f"every operation under the {BUDGET_MS:.0f} ms budget: target met")
        return 1 if slow else 0
    finally:
        vault.close()
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
