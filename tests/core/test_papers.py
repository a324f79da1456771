"""What each paper is and when it expires: rules, details, «Por vencer», required papers, history,
move and copy, on a real vault (SQLite file, files on disk)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from paper_files import paper

from clientvault.core import errors
from clientvault.core.catalog.models import Document
from clientvault.core.paper_rules import clean_period, clean_rule, on_day, rule_expiry, status
from clientvault.core.vault import Vault

TODAY = date(2026, 12, 2)




# -- the rules alone ---------------------------------------------------------------------------------


def test_rules_give_the_dates_an_accountant_expects() -> None:
    # A Cámara certificate is good for 30 days after its date.
    assert rule_expiry("days", 30, None, date(2026, 11, 20), None) == date(2026, 12, 20)
    # The matrícula is renewed by 31 March of the year after; a late renewal changes nothing.
    assert rule_expiry("yearly", None, "03-31", date(2026, 3, 15), None) == date(2027, 3, 31)
    assert rule_expiry("yearly", None, "03-31", date(2026, 4, 10), None) == date(2027, 3, 31)
    assert rule_expiry("yearly", None, "03-31", None, "2025") == date(2026, 3, 31)
    # 29 February falls on the 28th in a year without one, and stays the 29th in a leap year.
    assert on_day(2027, "02-29") == date(2027, 2, 28)
    assert rule_expiry("yearly", None, "02-29", date(2027, 1, 5), None) == date(2028, 2, 29)
    assert rule_expiry("yearly", None, "02-29", date(2028, 1, 5), None) == date(2029, 2, 28)
    # Without the date a rule needs, or a rule that never expires: no date.
    assert rule_expiry("days", 30, None, None, "2024") is None
    assert rule_expiry("none", None, None, date(2026, 1, 1), None) is None
    assert rule_expiry("own", None, None, date(2026, 1, 1), None) is None


def test_status_around_today() -> None:
    assert status(TODAY - timedelta(days=1), TODAY) == ("expired", -1)
    assert status(TODAY, TODAY) == ("due", 0)
    assert status(TODAY + timedelta(days=30), TODAY) == ("due", 30)
    assert status(TODAY + timedelta(days=31), TODAY) == ("ok", 31)
    assert status(None, TODAY) == ("none", None)


@pytest.mark.parametrize(("typed", "stored"), [("2023", "2023"), ("2023-12", "2023-12"), ("12/2023", "2023-12"),
                                               ("2023/1", "2023-01"), ("  ", None)])
def test_periods_as_people_type_them(typed: str, stored: str | None) -> None:
    assert clean_period(typed) == stored


@pytest.mark.parametrize("typed", ["2023-13", "23", "diciembre", "2023-12-01"])
def test_a_wrong_period_says_what_to_type(typed: str) -> None:
    with pytest.raises(ValueError, match="2023-12"):
        clean_period(typed)


def test_a_rule_without_what_it_needs_is_refused() -> None:
    with pytest.raises(ValueError):
        clean_rule("days", None, None)
    with pytest.raises(ValueError):
        clean_rule("yearly", None, "31-03")
    with pytest.raises(ValueError):
        clean_rule("sometimes", None, None)
    assert clean_rule("yearly", 5, "03-31") == ("yearly", None, "03-31")


# -- details ----------------------------------------------------------------------------------------


def test_details_are_kept_and_the_rule_gives_the_expiry(vault: Vault, tmp_path: Path) -> None:
    company = vault.add_company("Panadería La Espiga", nit="800191045")
    doc = paper(vault, tmp_path, company.id, "Cámara marzo.pdf")
    camara = vault.document_type("camara")
    vault.set_details([doc.id], doc_type=camara.id, created=date(2026, 11, 20), notes="Para el banco",
                      tags=["Banco", "2026"])
    details = vault.document_details(doc.id, today=TODAY)
    assert details.type is not None and details.type.code == "camara"
    assert details.doc.expires_on == date(2026, 12, 20) and not details.doc.expires_set
    assert (details.status, details.days_left) == ("due", 18)
    assert details.tags == ["2026", "Banco"] and details.doc.notes == "Para el banco"
    # A date entered by hand overrides the rule, and survives a change of the rule...
    vault.set_details([doc.id], expires=date(2027, 1, 15))
    vault.edit_document_type(camara.id, rule_days=60)
    assert vault.document(doc.id).expires_on == date(2027, 1, 15)
    # ... until the person goes back to the rule, which is now 60 days.
    vault.set_details([doc.id], expires=None)
    assert vault.document(doc.id).expires_on == date(2027, 1, 19)


def test_bulk_edit_changes_only_what_it_names(vault: Vault, tmp_path: Path) -> None:
    company = vault.add_company("Molinos del Sur")
    docs = [paper(vault, tmp_path, company.id, f"Nómina {m}.pdf") for m in ("oct", "nov", "dic")]
    vault.set_details([docs[0].id], notes="revisada", tags=["pagada"])
    nomina = vault.document_type("nomina")
    vault.set_details([d.id for d in docs], doc_type=nomina.id, period="2026-12", add_tags=["diciembre"])
    tags = vault.tags_of([d.id for d in docs])
    assert tags == {docs[0].id: ["diciembre", "pagada"], docs[1].id: ["diciembre"], docs[2].id: ["diciembre"]}
    assert [vault.document(d.id).document_type_id for d in docs] == [nomina.id] * 3
    assert vault.document(docs[0].id).notes == "revisada"
    vault.set_details([docs[0].id], remove_tags=["PAGADA"])
    assert vault.tags_of([docs[0].id])[docs[0].id] == ["diciembre"]
    assert vault.all_tags() == ["diciembre"]


def test_bad_details_change_nothing(vault: Vault, tmp_path: Path) -> None:
    company = vault.add_company("Molinos del Sur")
    doc = paper(vault, tmp_path, company.id, "Extracto.pdf")
    with pytest.raises(errors.VaultError, match="2023-12"):
        vault.set_details([doc.id], period="2023-13", notes="no")
    with pytest.raises(errors.NotFound):
        vault.set_details([doc.id], doc_type=999, notes="no")
    assert vault.document(doc.id).notes == "" and vault.document(doc.id).period is None


def test_types_are_added_and_renamed_and_keep_their_papers(vault: Vault, tmp_path: Path) -> None:
    company = vault.add_company("Molinos del Sur")
    doc = paper(vault, tmp_path, company.id, "Certificado.pdf")
    camara = vault.document_type("Certificado de Cámara de Comercio")
    vault.set_details([doc.id], doc_type=camara.id)
    vault.edit_document_type(camara.id, name="Cámara de Comercio (certificado)")
    assert vault.document_type("camara").name == "Cámara de Comercio (certificado)"
    assert vault.document(doc.id).document_type_id == camara.id
    added = vault.add_document_type("Permiso de bomberos", rule="yearly", rule_day="06-30")
    assert vault.document_type("permiso de bomberos").id == added.id
    with pytest.raises(errors.VaultError, match="Permiso de bomberos"):
        vault.add_document_type("Permiso de bomberos")
    with pytest.raises(errors.VaultError):
        vault.add_document_type("   ")
    with pytest.raises(errors.VaultError):
        vault.edit_document_type(added.id, rule="days")


# -- «Por vencer» -----------------------------------------------------------------------------------


def test_due_lists_expired_and_expiring_papers_of_every_company(vault: Vault, tmp_path: Path) -> None:
    a = vault.add_company("Panadería La Espiga")
    b = vault.add_company("Molinos del Sur")
    poliza = vault.document_type("poliza")
    dates = {"ayer": TODAY - timedelta(days=1), "hoy": TODAY, "semana": TODAY + timedelta(days=7),
             "borde": TODAY + timedelta(days=30), "fuera": TODAY + timedelta(days=31)}
    ids = {}
    for i, (label, when) in enumerate(dates.items()):
        doc = paper(vault, tmp_path, (a, b)[i % 2].id, f"Póliza {label}.pdf")
        vault.set_details([doc.id], doc_type=poliza.id, expires=when)
        ids[label] = doc.id
    due = vault.due(30, today=TODAY)
    assert [d.doc.id for d in due] == [ids["ayer"], ids["hoy"], ids["semana"], ids["borde"]]
    assert [(d.status, d.days_left) for d in due] == [("expired", -1), ("due", 0), ("due", 7), ("due", 30)]
    assert due[0].company.name == "Panadería La Espiga" and due[0].action == "Renew the policy"
    assert [d.doc.id for d in vault.due(7, company_id=b.id, today=TODAY)] == [ids["hoy"]]
    # A trashed paper, or a removed company's, is nobody's worry any more.
    vault.delete([ids["ayer"]])
    assert ids["ayer"] not in [d.doc.id for d in vault.due(30, today=TODAY)]


def test_a_renewed_certificate_takes_the_old_ones_place(vault: Vault, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    company = vault.add_company("Panadería La Espiga")
    camara = vault.document_type("camara")
    old = paper(vault, tmp_path, company.id, "Cámara octubre.pdf")
    vault.set_details([old.id], doc_type=camara.id, created=TODAY - timedelta(days=45))
    assert [d.doc.id for d in vault.due(30, today=TODAY)] == [old.id]
    assert vault.due(30, today=TODAY)[0].action == "Request a new Chamber of Commerce certificate"
    monkeypatch.setenv("CLIENTVAULT_LANG", "es")
    assert vault.due(30, today=TODAY)[0].action == "Pedir un certificado nuevo a la Cámara de Comercio"
    monkeypatch.setenv("CLIENTVAULT_LANG", "en")
    new = paper(vault, tmp_path, company.id, "Cámara diciembre.pdf")
    vault.set_details([new.id], doc_type=camara.id, created=TODAY - timedelta(days=2))
    assert [d.doc.id for d in vault.due(30, today=TODAY)] == [new.id]
    # Contracts are not renewals of one another: each keeps its own end.
    contrato = vault.document_type("contrato")
    c1, c2 = (paper(vault, tmp_path, company.id, f"Contrato {n}.pdf") for n in (1, 2))
    vault.set_details([c1.id], doc_type=contrato.id, expires=TODAY + timedelta(days=3))
    vault.set_details([c2.id], doc_type=contrato.id, expires=TODAY + timedelta(days=20))
    assert {c1.id, c2.id} <= {d.doc.id for d in vault.due(30, today=TODAY)}


def test_the_matricula_is_due_on_31_march(vault: Vault, tmp_path: Path) -> None:
    company = vault.add_company("Molinos del Sur")
    doc = paper(vault, tmp_path, company.id, "Renovación matrícula 2026.pdf")
    vault.set_details([doc.id], doc_type=vault.document_type("matricula").id, created=date(2026, 3, 20))
    assert vault.document(doc.id).expires_on == date(2027, 3, 31)
    assert vault.due(30, today=date(2027, 2, 28)) == []
    (item,) = vault.due(30, today=date(2027, 3, 1))
    assert (item.status, item.days_left) == ("due", 30)
    assert "31 de marzo" in item.action or "March 31" in item.action
    (item,) = vault.due(30, today=date(2027, 4, 1))
    assert (item.status, item.days_left) == ("expired", -1)


# -- what each company must have ----------------------------------------------------------------------


def test_gaps_say_what_each_company_lacks(vault: Vault, tmp_path: Path) -> None:
    a = vault.add_company("Panadería La Espiga")
    b = vault.add_company("Molinos del Sur")
    assert [tp.code for tp in vault.required_types(a.id)] == ["camara", "resolucion", "rut"]
    rut, camara, resolucion = (vault.document_type(c) for c in ("rut", "camara", "resolucion"))
    for company in (a, b):
        doc = paper(vault, tmp_path, company.id, f"RUT {company.id}.pdf")
        vault.set_details([doc.id], doc_type=rut.id)
        res = paper(vault, tmp_path, company.id, f"Resolución {company.id}.pdf")
        vault.set_details([res.id], doc_type=resolucion.id, expires=date.today() + timedelta(days=300))
    old = paper(vault, tmp_path, a.id, "Cámara vieja.pdf")
    vault.set_details([old.id], doc_type=camara.id, created=date.today() - timedelta(days=40))
    gaps = vault.paper_gaps()
    assert [(g.type.code, g.state) for g in gaps[a.id]] == [("camara", "expired")]
    assert [(g.type.code, g.state) for g in gaps[b.id]] == [("camara", "missing")]
    assert gaps[b.id][0].text in ("Falta: Cámara", "Missing: Cámara")
    fresh = paper(vault, tmp_path, a.id, "Cámara nueva.pdf")
    vault.set_details([fresh.id], doc_type=camara.id, created=date.today() - timedelta(days=10))
    assert a.id not in vault.paper_gaps()
    # Required papers are the company's own; a new company takes the default as it is then.
    vault.set_required_types(b.id, [rut.id])
    assert b.id not in vault.paper_gaps()
    vault.set_default_required_types([rut.id, camara.id])
    c = vault.add_company("Tercera S.A.S.")
    assert [tp.code for tp in vault.required_types(c.id)] == ["camara", "rut"]


# -- move, copy and the history -------------------------------------------------------------------------


def test_move_keeps_the_document_and_its_history(vault: Vault, tmp_path: Path) -> None:
    a = vault.add_company("Panadería La Espiga")
    b = vault.add_company("Molinos del Sur")
    doc = paper(vault, tmp_path, a.id, "RUT.pdf")
    paper(vault, tmp_path, b.id, "RUT.pdf", b"%PDF-1.4\n% another RUT\n%%EOF\n")
    vault.set_details([doc.id], doc_type=vault.document_type("rut").id, tags=["DIAN"])
    report = vault.move_documents([doc.id], b.id)
    (moved,) = report.done
    assert moved.id == doc.id and moved.company_id == b.id and moved.filename == "RUT (2).pdf"
    assert (vault.company_dir(b.id) / "RUT (2).pdf").is_file()
    assert not (vault.company_dir(a.id) / "RUT.pdf").exists()
    assert vault.tags_of([doc.id])[doc.id] == ["DIAN"]
    kinds = [h.kind for h in vault.history(doc.id)]
    assert kinds == ["added", "details", "moved"]
    assert "Panadería La Espiga" in vault.history(doc.id)[-1].text
    assert vault.history(doc.id)[-1].user == vault.who[0]
    # Moving it where it is, or where its content already is, leaves it and says why.
    assert vault.move_documents([doc.id], b.id).skipped[0][1]
    twin = paper(vault, tmp_path, a.id, "copia.pdf", (vault.company_dir(b.id) / "RUT (2).pdf").read_bytes())
    (skipped,) = vault.move_documents([twin.id], b.id).skipped
    assert "RUT (2).pdf" in skipped[1]
    assert (vault.company_dir(a.id) / "copia.pdf").is_file()


def test_copy_brings_the_details_and_leaves_the_original(vault: Vault, tmp_path: Path) -> None:
    a = vault.add_company("Panadería La Espiga")
    b = vault.add_company("Molinos del Sur")
    doc = paper(vault, tmp_path, a.id, "Contrato arriendo.pdf")
    vault.set_details([doc.id], doc_type=vault.document_type("contrato").id, expires=date(2027, 6, 30),
                      period="2026", notes="firmado", tags=["arriendo"])
    (copy,) = vault.copy_documents([doc.id], b.id).done
    assert copy.id != doc.id and copy.company_id == b.id
    assert (copy.expires_on, copy.expires_set, copy.period, copy.notes) == (date(2027, 6, 30), True, "2026", "firmado")
    assert vault.tags_of([copy.id])[copy.id] == ["arriendo"]
    assert (vault.company_dir(a.id) / "Contrato arriendo.pdf").read_bytes() == (
        vault.company_dir(b.id) / copy.filename).read_bytes()
    assert vault.history(doc.id)[-1].kind == "copied" and "Molinos del Sur" in vault.history(doc.id)[-1].text
    assert "copied" in [h.kind for h in vault.history(copy.id)]
    # A second copy would be a duplicate there: skipped, with the reason.
    again = vault.copy_documents([doc.id], b.id)
    assert again.done == [] and again.skipped


def test_history_records_rename_trash_and_restore(vault: Vault, tmp_path: Path) -> None:
    company = vault.add_company("Panadería La Espiga")
    doc = paper(vault, tmp_path, company.id, "acta.pdf")
    vault.rename(doc.id, "Acta asamblea 2026")
    vault.delete([doc.id])
    vault.restore([doc.id])
    entries = vault.history(doc.id)
    assert [e.kind for e in entries] == ["added", "renamed", "deleted", "restored"]
    assert "Acta asamblea 2026.pdf" in entries[1].text
    assert all(e.at <= entries[-1].at for e in entries)


# -- upgrading -----------------------------------------------------------------------------------------


def test_a_35_vault_gets_the_types_and_every_company_the_default_papers(tmp_path: Path) -> None:
    from clientvault.core.catalog import migrations
    from clientvault.core.catalog.dialect import SchemaVersion

    root = tmp_path / "data"
    v = Vault(root)
    a = v.add_company("Panadería La Espiga")
    doc = paper(v, tmp_path, a.id, "RUT.pdf")
    v.close()
    # Back to 3.5 by hand: the step's columns and tables gone, as a 3.5 release left them.
    import sqlite3

    db = sqlite3.connect(root / "vault.db")
    for table in ("document_tag", "document_event", "company_required_type"):
        db.execute(f'DROP TABLE "{table}"')
    for index in ("document_by_type_key", "document_by_period_key", "document_by_expires_key", "document_by_type",
                  "document_expiring", "document_company_type", "document_type_code", "document_tag_by_key",
                  "document_event_document"):
        db.execute(f'DROP INDEX IF EXISTS "{index}"')
    for column in ("period", "expires_set", "notes", "type_key", "period_key", "expires_key"):
        db.execute(f'ALTER TABLE document DROP COLUMN "{column}"')
    for column in ("code", "short_name", "rule", "rule_days", "rule_day", "sort_key"):
        db.execute(f'ALTER TABLE document_type DROP COLUMN "{column}"')
    db.execute("DELETE FROM document_type")
    db.executemany("INSERT INTO document_type (name) VALUES (?)", [(n,) for n in (
        "RUT", "Cámara de Comercio", "Resolución de facturación", "Estados financieros", "Soporte contable",
        "Contrato")])
    db.execute("DELETE FROM setting WHERE key = 'papers.required_default'")
    db.execute("PRAGMA user_version = 3005")  # how the dialect writes 3.5
    db.commit()
    db.close()
    assert migrations.STEPS[-1].version == SchemaVersion(3, 6)
    v = Vault(root)
    try:
        assert v.document_type("camara").name == "Certificado de Cámara de Comercio"
        assert v.document_type("soporte").name == "Soporte"
        assert [tp.code for tp in v.required_types(a.id)] == ["camara", "resolucion", "rut"]
        assert json.loads(v.catalog.setting("papers.required_default") or "[]")
        # The old row sorts after typed ones and can be typed now.
        assert v.list_documents(a.id, sort="type")[0].id == doc.id
        v.set_details([doc.id], doc_type=v.document_type("rut").id)
        assert v.list_documents(a.id, doc_type=v.document_type("rut").id)[0].id == doc.id
    finally:
        v.close()


# -- what a paper's text says about its owner ------------------------------------------------------------


def _read(vault: Vault, doc: Document) -> None:
    """Store the text the project's own extractor reads from the document's real file."""
    from clientvault.core.text.readers import extract

    vault.store_text(vault.document(doc.id), extract(vault.document_path(doc), doc.mime_type))


def _upload_pdf(vault: Vault, tmp_path: Path, company_id: int, name: str, lines: list[str]) -> Document:
    from paper_pdfs import write_paper_pdf

    src = write_paper_pdf(tmp_path / name, lines)
    result = vault.import_file(company_id, src)
    assert result.document is not None, result.message
    _read(vault, result.document)
    return result.document


def test_a_resolucion_of_another_client_names_it_not_the_dian(vault: Vault, tmp_path: Path) -> None:
    espiga = vault.add_company("Panadería La Espiga", nit="800191045")
    xyz = vault.add_company("Molinos del Sur", nit="900123456")
    lines = ["DIAN", "NIT 800.197.268-4", "Resolución No. 18764061234567", "Por la cual se autoriza la numeración",
             "de facturación electrónica de venta", "Contribuyente: Molinos del Sur", "NIT 900.123.456-8"]
    doc = _upload_pdf(vault, tmp_path, espiga.id, "Resolución facturación.pdf", lines)
    found = vault.owner_mismatch(doc.id)
    assert found is not None and found.nit == "900.123.456-8"
    assert found.owner is not None and found.owner.id == xyz.id
    assert "Panadería La Espiga (800.191.045-1)" in found.text
    # The same paper filed where it belongs: the DIAN's own NIT on it is no reason to warn.
    mine = _upload_pdf(vault, tmp_path, xyz.id, "Resolución propia.pdf", lines + ["copia"])
    assert vault.owner_mismatch(mine.id) is None
    # A company without a NIT is warned only when the paper names another company of the vault.
    bare = vault.add_company("Sin NIT Ltda")
    only_dian = _upload_pdf(vault, tmp_path, bare.id, "Resolución DIAN.pdf", lines[:5])
    assert vault.owner_mismatch(only_dian.id) is None
    theirs = _upload_pdf(vault, tmp_path, bare.id, "Resolución de otros.pdf", lines + ["otra"])
    assert vault.owner_mismatch(theirs.id) is not None


def test_a_paper_is_suggested_from_the_name_the_accountant_gave_it(vault: Vault, tmp_path: Path) -> None:
    company = vault.add_company("Panadería La Espiga")
    doc = paper(vault, tmp_path, company.id, "scan0001.pdf")
    assert vault.suggest_details(doc.id).type_id is None
    vault.rename(doc.id, "RUT Panadería 2024")
    assert vault.suggest_details(doc.id).type_id == vault.document_type("rut").id


def test_a_type_named_like_another_is_refused(vault: Vault) -> None:
    for taken in ("rut", "Rut", "Cámara", "CERTIFICADO DE CAMARA DE COMERCIO"):
        with pytest.raises(errors.VaultError):
            vault.add_document_type(taken)
    acta = vault.document_type("acta")
    with pytest.raises(errors.VaultError):
        vault.edit_document_type(acta.id, name="camara")
    assert vault.document_type("camara").code == "camara"
    # Renamed, a built-in type shows its new name whole (its short «Cámara» was of the old one).
    renamed = vault.edit_document_type(vault.document_type("camara").id, name="Certificado de existencia")
    assert renamed.label == "Certificado de existencia"


def test_an_undated_paper_of_a_type_that_expires_is_a_gap(vault: Vault, tmp_path: Path) -> None:
    company = vault.add_company("Panadería La Espiga")
    vault.set_required_types(company.id, [vault.document_type(c).id for c in ("rut", "camara")])
    rut = paper(vault, tmp_path, company.id, "RUT.pdf")
    vault.set_details([rut.id], doc_type=vault.document_type("rut").id)  # a RUT never expires: no date needed
    camara = paper(vault, tmp_path, company.id, "Cámara.pdf")
    vault.set_details([camara.id], doc_type=vault.document_type("camara").id)
    assert [(g.type.code, g.state, g.text) for g in vault.paper_gaps()[company.id]] == [
        ("camara", "undated", "No date: Cámara")]
    vault.set_details([camara.id], created=date.today() - timedelta(days=3))
    assert company.id not in vault.paper_gaps()


def test_copy_refuses_a_file_changed_outside_and_both_skip_a_purged_one(vault: Vault, tmp_path: Path) -> None:
    a = vault.add_company("Panadería La Espiga")
    b = vault.add_company("Molinos del Sur")
    edited = paper(vault, tmp_path, a.id, "Póliza.pdf")
    gone = paper(vault, tmp_path, a.id, "Acta.pdf")
    kept = paper(vault, tmp_path, a.id, "RUT.pdf")
    vault.document_path(edited).write_bytes(b"%PDF-1.4\n% changed by hand\n%%EOF\n")
    vault.delete([gone.id])
    vault.purge([gone.id])
    report = vault.copy_documents([edited.id, gone.id, kept.id], b.id)
    assert [d.filename for d in report.done] == ["RUT.pdf"]
    reasons = {d.id: why for d, why in report.skipped}
    assert "outside ClientVault" in reasons[edited.id] and "purged" in reasons[gone.id]
    other = paper(vault, tmp_path, a.id, "Contrato.pdf")
    moved = vault.move_documents([gone.id, other.id], b.id)
    assert [d.id for d in moved.done] == [other.id] and moved.skipped[0][0].id == gone.id


def test_history_words_dates_as_the_window_writes_them(vault: Vault, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    company = vault.add_company("Panadería La Espiga")
    doc = paper(vault, tmp_path, company.id, "Póliza.pdf")
    vault.set_details([doc.id], expires=date(2027, 3, 15))
    assert vault.history(doc.id)[-1].text == "Details changed: expires: — → 03/15/2027"
    monkeypatch.setenv("CLIENTVAULT_LANG", "es")
    assert vault.history(doc.id)[-1].text == "Datos cambiados: vence: — → 15/03/2027"


def test_papers_expired_over_a_year_ago_are_history_unless_asked(vault: Vault, tmp_path: Path) -> None:
    company = vault.add_company("Panadería La Espiga")
    contrato = vault.document_type("contrato")
    old = paper(vault, tmp_path, company.id, "Contrato 2024.pdf")
    recent = paper(vault, tmp_path, company.id, "Contrato 2026.pdf")
    vault.set_details([old.id], doc_type=contrato.id, expires=TODAY - timedelta(days=366))
    vault.set_details([recent.id], doc_type=contrato.id, expires=TODAY - timedelta(days=365))
    assert [d.doc.id for d in vault.due(30, today=TODAY)] == [recent.id]
    assert vault.due_count(30, today=TODAY) == 1
    assert [d.doc.id for d in vault.due(30, today=TODAY, expired_days=None)] == [old.id, recent.id]
    assert vault.due_count(30, today=TODAY, expired_days=None) == 2
