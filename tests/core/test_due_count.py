"""``Vault.due_count`` (the sidebar's «Por vencer» badge, asked after every change) counts in SQL
exactly what ``Vault.due`` lists: the edges of the days, a renewed certificate, a contract beside
another, an untyped paper with its own date, a trashed paper and a removed company's."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from paper_files import paper

from clientvault.core.vault import Vault

TODAY = date(2026, 12, 2)




def test_the_count_is_what_the_list_holds(vault: Vault, tmp_path: Path) -> None:
    espiga, molinos, gone = (vault.add_company(n) for n in ("Panadería La Espiga", "Molinos del Sur", "Cerrada"))
    camara, contrato, poliza = (vault.document_type(c) for c in ("camara", "contrato", "poliza"))
    old = paper(vault, tmp_path, espiga.id, "Cámara octubre.pdf")
    vault.set_details([old.id], doc_type=camara.id, created=TODAY - timedelta(days=45))
    for n, days in ((1, 3), (2, 20), (3, 31)):
        doc = paper(vault, tmp_path, molinos.id, f"Contrato {n}.pdf")
        vault.set_details([doc.id], doc_type=contrato.id, expires=TODAY + timedelta(days=days))
    untyped = paper(vault, tmp_path, molinos.id, "Permiso.pdf")
    vault.set_details([untyped.id], expires=TODAY)
    trashed = paper(vault, tmp_path, molinos.id, "Póliza vieja.pdf")
    vault.set_details([trashed.id], doc_type=poliza.id, expires=TODAY - timedelta(days=1))
    vault.delete([trashed.id])
    closed = paper(vault, tmp_path, gone.id, "Póliza.pdf")
    vault.set_details([closed.id], doc_type=poliza.id, expires=TODAY)
    vault.remove_company(gone.id, with_files=True)

    def same(days: int) -> int:
        listed = len(vault.due(days, today=TODAY))
        assert vault.due_count(days, today=TODAY) == listed, days
        return listed

    assert [same(d) for d in (0, 3, 7, 20, 30, 31, 90)] == [2, 3, 3, 4, 4, 5, 5]
    new = paper(vault, tmp_path, espiga.id, "Cámara diciembre.pdf")
    vault.set_details([new.id], doc_type=camara.id, created=TODAY - timedelta(days=2))
    assert same(30) == 4  # the renewed certificate takes the old one's place


def test_the_count_agrees_with_the_list_on_a_random_vault(tmp_path: Path) -> None:
    """Renewals, ties on one day, types that are not renewed, untyped papers, trashed ones and a
    removed company's, at random: the badge's count is always the list's length."""
    import random

    from clientvault.core.catalog.models import fold, name_key, sort_key
    from clientvault.core.catalog.models import utcnow as now

    rng = random.Random(14)
    v = Vault(tmp_path / "data")
    try:
        companies = [v.add_company(f"Empresa {i}").id for i in range(6)]
        kinds = [None, *[v.document_type(c).id for c in ("camara", "matricula", "resolucion", "poliza", "contrato")]]
        rows = []
        for i in range(600):
            name = f"papel {i}.pdf"
            expires = TODAY + timedelta(days=rng.randrange(-200, 200)) if rng.random() < 0.8 else None
            rows.append({"company": rng.choice(companies), "title": name, "original_filename": name, "filename": name,
                         "name_key": name_key(name), "search_key": fold(name), "sort_key": sort_key(name),
                         "mime_type": "application/pdf", "size": 1, "checksum": f"{i:064x}", "added": now(),
                         "modified": now(), "document_type": rng.choice(kinds),
                         "expires_on": expires - timedelta(days=expires.day % 3) if expires else None,
                         "deleted_at": now() if rng.random() < 0.05 else None})
        v.catalog.Document.insert_many(rows).execute()
        v.remove_company(companies[0], with_files=True)
        for days in (-100, 0, 7, 30, 90, 400):
            until = TODAY + timedelta(days=days)
            assert v.catalog.count_expiring(until) == len(v.catalog.expiring(until)), days
            assert v.catalog.count_expiring(until, companies[1]) == len(v.catalog.expiring(until, companies[1]))
            since = TODAY - timedelta(days=60)
            assert v.catalog.count_expiring(until, since=since) == len(v.catalog.expiring(until, since=since))
    finally:
        v.close()
