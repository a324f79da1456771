"""Search across companies: names folded for case and accents, document text through the catalog's
full-text index, and the index kept right by every way a document changes (real SQLite files)."""

from __future__ import annotations

import sqlite3
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pytest

from clientvault.core.catalog.models import fold
from clientvault.core.catalog.texts import terms_of
from clientvault.core.search import HIT_END, HIT_START
from clientvault.core.vault import Company, Document, Vault
from tests.conftest import HoldLock, MakeFile


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def add(vault: Vault, company: Company, make_file: MakeFile, name: str, body: str | None = None) -> Document:
    doc = vault.import_file(company.id, make_file(name, text=name)).document
    assert doc is not None
    if body is not None:
        assert vault.catalog.put_text(doc.id, doc.checksum, "ok", body)
    return doc


def found(hits: list) -> list[tuple[str, str]]:
    return [(h.document.filename, h.where) for h in hits]


# -- names ---------------------------------------------------------------------------------------


def test_fold_removes_case_and_accents() -> None:
    assert fold("RESOLUCIÓN") == fold("resolucion") == "resolucion"
    assert fold("Año") == "ano" and fold("Nómina") == "nomina" and fold(nfd("Cámara")) == "camara"
    assert fold("ß") == "ss"  # casefold, not lower


def test_names_are_found_without_accents_or_case(vault: Vault, company: Company, make_file: MakeFile) -> None:
    for name in ("Certificado Cámara de Comercio.pdf", "RESOLUCIÓN 2024.pdf", "Nómina diciembre.csv", "año 2023.txt"):
        add(vault, company, make_file, name)
    assert [d.filename for d in vault.list_documents(company.id, search="camara")] == ["Certificado Cámara de Comercio.pdf"]
    assert [d.filename for d in vault.list_documents(company.id, search="resolucion")] == ["RESOLUCIÓN 2024.pdf"]
    assert [d.filename for d in vault.list_documents(company.id, search="NOMINA")] == ["Nómina diciembre.csv"]
    assert [d.filename for d in vault.list_documents(company.id, search="ano")] == ["año 2023.txt"]
    # Words in any order, each somewhere in the name.
    assert [d.filename for d in vault.list_documents(company.id, search="comercio certificado")] == [
        "Certificado Cámara de Comercio.pdf"]
    assert vault.count_documents(company.id, search="camara") == 1
    assert found(vault.search("camara")) == [("Certificado Cámara de Comercio.pdf", "name")]


def test_a_decomposed_name_is_stored_composed_and_found_either_way(vault: Vault, company: Company,
                                                                    make_file: MakeFile) -> None:
    doc = add(vault, company, make_file, nfd("Cédula representante.pdf"))
    assert doc.filename == "Cédula representante.pdf" and unicodedata.is_normalized("NFC", doc.filename)
    for typed in ("Cédula", nfd("Cédula"), "cedula"):
        assert [d.id for d in vault.list_documents(company.id, search=typed)] == [doc.id]
    # One company name, however it was typed: the composed and decomposed spellings clash.
    vault.add_company(nfd("Distribuidora Pérez"))
    assert [c.company.name for c in vault.companies("perez")] == ["Distribuidora Pérez"]
    with pytest.raises(Exception, match="already exists"):
        vault.add_company("Distribuidora Pérez")


def test_company_search_folds_and_matches_the_nit(vault: Vault, company: Company) -> None:
    vault.add_company("Cámara Hermanos Ltda.")
    assert [c.company.name for c in vault.companies("CAMARA")] == ["Cámara Hermanos Ltda."]
    assert [c.company.name for c in vault.companies("andina comercializadora")] == ["Comercializadora Andina S.A.S."]
    assert [c.company.name for c in vault.companies("800191045")] == ["Comercializadora Andina S.A.S."]
    assert vault.companies("rut") == []


# -- contents ------------------------------------------------------------------------------------


def test_terms_keep_numbers_and_quoted_words_together() -> None:
    assert terms_of('extracto "Cámara de comercio" 900.123.456') == terms_of('EXTRACTO "camara de comercio" 900-123-456')
    terms = terms_of('extracto "Cámara de comercio" 900.123.456')
    assert terms.words == ("extracto",)
    assert terms.phrases == (("camara", "de", "comercio"), ("900", "123", "456"))
    assert not terms_of(" ¿?¡! ") and not terms_of('"')
    # Quotes, stars and operators are words or boundaries, never the engine's syntax (an open quote
    # runs to the end).
    hostile = terms_of('a"* OR NEAR(b')
    assert (hostile.words, hostile.phrases) == (("a",), (("or", "near", "b"),))


def test_content_is_found_by_words_prefixes_and_phrases(vault: Vault, company: Company, make_file: MakeFile) -> None:
    add(vault, company, make_file, "scan001.pdf", "REGISTRO ÚNICO TRIBUTARIO Número de identificación 900.123.456")
    add(vault, company, make_file, "scan002.pdf", "Extracto Bancolombia marzo 2024 saldo anterior")
    add(vault, company, make_file, "scan003.pdf", "Certificado de existencia y representación legal, Cámara de Comercio")
    assert found(vault.search("tributario")) == [("scan001.pdf", "text")]
    assert found(vault.search("unico")) == [("scan001.pdf", "text")]  # accents ignored
    assert found(vault.search("bancol")) == [("scan002.pdf", "text")]  # the start of a word, as typed
    assert found(vault.search("marzo extracto")) == [("scan002.pdf", "text")]
    assert found(vault.search('"camara de comercio"')) == [("scan003.pdf", "text")]
    assert found(vault.search('"comercio de camara"')) == []
    assert found(vault.search("900.123.456")) == [("scan001.pdf", "text")]
    assert vault.search("inexistente") == []
    for syntax in ('"', "*", "NEAR(", "a OR", "-x", "^b", "c:d", "AND", "e'f", "(((", "\\"):
        vault.search(syntax)  # never an error from the engine's query language
    snippet = vault.search("representacion")[0].snippet
    assert f"{HIT_START}representación{HIT_END}" in snippet and "Cámara" in snippet


def test_names_first_then_contents_each_once(vault: Vault, company: Company, make_file: MakeFile) -> None:
    add(vault, company, make_file, "RUT Andina.pdf", "registro unico tributario")
    add(vault, company, make_file, "escaneo.pdf", "formulario del RUT")
    add(vault, company, make_file, "otro.pdf", "nada que ver")
    assert found(vault.search("rut")) == [("RUT Andina.pdf", "name"), ("escaneo.pdf", "text")]
    assert found(vault.search("rut", limit=1)) == [("RUT Andina.pdf", "name")]


def test_filters_company_kind_and_dates(vault: Vault, company: Company, make_file: MakeFile) -> None:
    other = vault.add_company("Transportes del Sur")
    add(vault, company, make_file, "a.pdf", "factura electrónica")
    add(vault, other, make_file, "b.pdf", "factura electrónica")
    add(vault, other, make_file, "c.csv", "factura electrónica")
    assert sorted(found(vault.search("factura"))) == [("a.pdf", "text"), ("b.pdf", "text"), ("c.csv", "text")]
    assert found(vault.search("factura", company_id=other.id, kinds=["pdf"])) == [("b.pdf", "text")]
    assert found(vault.search("factura", company_id=other.id, kinds=["text"])) == [("c.csv", "text")]
    assert vault.search("factura", kinds=["nonsense"]) == []
    today = date.today()
    assert len(vault.search("factura", since=today, until=today)) == 3
    assert vault.search("factura", since=today + timedelta(days=1)) == []
    assert vault.search("factura", until=today - timedelta(days=1)) == []


def test_trash_removed_companies_purge_and_rename_keep_the_index_right(vault: Vault, company: Company,
                                                                       make_file: MakeFile) -> None:
    doc = add(vault, company, make_file, "poliza.pdf", "póliza de cumplimiento")
    vault.delete([doc.id])
    assert vault.search("cumplimiento") == []
    vault.restore([doc.id])
    assert found(vault.search("cumplimiento")) == [("poliza.pdf", "text")]
    vault.rename(doc.id, "Póliza 2024.pdf")
    assert found(vault.search("cumplimiento")) == [("Póliza 2024.pdf", "text")]
    assert found(vault.search("poliza")) == [("Póliza 2024.pdf", "name")]
    vault.delete([doc.id])
    vault.purge(doc_ids=[doc.id])
    assert vault.document_text(doc.id) is None
    assert vault.catalog.text_index_problem() is None
    con = sqlite3.connect(vault.db_path)
    try:  # the index itself forgot it, not only the join
        query = "SELECT count(*) FROM document_text_fts WHERE document_text_fts MATCH 'cumplimiento'"
        assert con.execute(query).fetchone() == (0,)
    finally:
        con.close()
    other = add(vault, company, make_file, "seguro.pdf", "póliza de cumplimiento")
    vault.remove_company(company.id, with_files=True)
    assert vault.search("cumplimiento") == [] and vault.search("seguro") == []
    assert vault.document_text(other.id) is not None  # kept with the removed company, for a restore


def test_pending_until_read_and_again_when_the_content_changed(vault: Vault, company: Company,
                                                               make_file: MakeFile) -> None:
    first = add(vault, company, make_file, "uno.pdf")
    second = add(vault, company, make_file, "dos.pdf")
    assert [d.id for d in vault.catalog.text_pending()] == [second.id, first.id]  # newest first
    assert vault.text_counts().pending == 2
    assert vault.catalog.put_text(first.id, first.checksum, "ok", "texto")
    assert not vault.catalog.put_text(second.id, "0" * 64, "ok", "de otro contenido")  # changed meanwhile
    assert [d.id for d in vault.catalog.text_pending()] == [second.id]
    # The file was repaired to other content: its old text no longer counts and it is read again.
    vault.catalog.Document.update(checksum="f" * 64).where(vault.catalog.Document.id == first.id).execute()
    assert vault.catalog.stale_texts() == [first.id]
    assert {d.id for d in vault.catalog.text_pending()} == {first.id, second.id}
    counts = vault.text_counts()
    assert (counts.documents, counts.done) == (2, 0)
    assert vault.catalog.put_text(second.id, second.checksum, "needs_ocr", "")
    assert [d.id for d in vault.catalog.text_pending(retry_needs_ocr=False)] == [first.id]
    assert {d.id for d in vault.catalog.text_pending(retry_needs_ocr=True)} == {first.id, second.id}


def test_a_missing_or_stale_index_is_told_and_rebuilt(vault: Vault, company: Company, make_file: MakeFile) -> None:
    doc = add(vault, company, make_file, "acta.pdf", "acta de asamblea extraordinaria")
    db = vault.catalog.db
    assert vault.catalog.text_index_problem() is None
    # Changed behind the index's back (triggers off): the index no longer matches its content.
    db.execute_sql("DROP TRIGGER document_text_au")
    db.execute_sql("UPDATE document_text SET body = 'otra cosa' WHERE document_id = ?", (doc.id,))
    assert vault.catalog.text_index_problem() == "missing"
    vault.catalog.rebuild_text_index()
    assert vault.catalog.text_index_problem() is None
    assert vault.search("extraordinaria") == [] and found(vault.search("otra")) == [("acta.pdf", "text")]
    db.execute_sql("DROP TABLE document_text_fts")
    assert vault.catalog.text_index_problem() == "missing"
    vault.catalog.rebuild_text_index()
    assert found(vault.search("otra cosa")) == [("acta.pdf", "text")]


# -- an older vault ------------------------------------------------------------------------------


def test_rows_an_older_release_wrote_get_their_keys_at_open(vault_dir: Path, make_file: MakeFile) -> None:
    vault = Vault(vault_dir)
    company = vault.add_company("Óptica Central")
    add(vault, company, make_file, "Fórmula médica.pdf")
    vault.close()
    con = sqlite3.connect(vault_dir / "vault.db")  # as a 3.1 release writes: no search_key
    con.execute("UPDATE document SET search_key = NULL")
    con.execute("UPDATE company SET search_key = NULL")
    con.commit()
    con.close()
    vault = Vault(vault_dir)
    try:
        assert [c.company.name for c in vault.companies("optica")] == ["Óptica Central"]
        assert found(vault.search("formula medica")) == [("Fórmula médica.pdf", "name")]
    finally:
        vault.close()


def test_a_3_1_vault_is_migrated_to_composed_names_and_search_keys(vault_dir: Path) -> None:
    from clientvault.core.catalog import SchemaVersion
    from tests.core.test_db import build_with_steps

    vault_dir.mkdir()
    build_with_steps(vault_dir / "vault.db", SchemaVersion(3, 1))
    con = sqlite3.connect(vault_dir / "vault.db")
    decomposed = nfd("Panadería Ñapa")
    con.execute("INSERT INTO company (id, name, name_key, notes, created) VALUES (1, ?, ?, '', '2024-01-01')",
                (decomposed, decomposed.casefold()))
    con.execute("INSERT INTO document (id, company_id, title, original_filename, filename, name_key, mime_type, size, "
                "checksum, added, modified) VALUES (1, 1, ?, ?, 'Factura único.pdf', 'factura único.pdf', "
                "'application/pdf', 10, ?, '2024-01-01', '2024-01-01')",
                (nfd("Factura único"), nfd("Factura único.pdf"), "a" * 64))
    con.commit()
    con.close()
    (vault_dir / "companies" / "1").mkdir(parents=True)
    (vault_dir / "companies" / "1" / "Factura único.pdf").write_bytes(b"%PDF-1.4\n")
    vault = Vault(vault_dir)
    try:
        company = vault.company(1)
        assert company.name == "Panadería Ñapa" and unicodedata.is_normalized("NFC", company.name)
        assert company.name_key == "panadería ñapa"
        assert vault.company("Panadería Ñapa").id == 1 and vault.company(decomposed).id == 1
        doc = vault.document(1)
        assert doc.title == "Factura único" and doc.original_filename == "Factura único.pdf"
        assert found(vault.search("unico")) == [("Factura único.pdf", "name")]
        assert [c.company.id for c in vault.companies("panaderia napa")] == [1]
        assert vault.catalog.text_index_problem() is None
    finally:
        vault.close()


def test_a_dropped_index_is_made_again_by_the_next_search_or_read(vault: Vault, company: Company,
                                                                  make_file: MakeFile) -> None:
    from clientvault.core.text import Extracted

    doc = add(vault, company, make_file, "acta.pdf", "acta de asamblea extraordinaria")
    other = add(vault, company, make_file, "carta.pdf")
    vault.catalog.db.execute_sql("DROP TABLE document_text_fts")  # the triggers that feed it remain
    assert found(vault.search("extraordinaria")) == [("acta.pdf", "text")]
    assert vault.catalog.text_index_problem() is None
    vault.catalog.db.execute_sql("DROP TABLE document_text_fts")
    assert vault.store_text(other, Extracted("carta de renuncia", "ok"))
    assert vault.catalog.text_index_problem() is None
    assert found(vault.search("renuncia")) == [("carta.pdf", "text")] and doc.id != other.id


def test_few_matches_best_first_many_matches_newest_first(vault: Vault, company: Company, make_file: MakeFile,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from clientvault.core.catalog import fts

    often = add(vault, company, make_file, "a.pdf", "retención retención retención en la fuente retención")
    once = add(vault, company, make_file, "b.pdf", "una retención y muchas otras palabras que no vienen al caso " * 5)
    newest = add(vault, company, make_file, "c.pdf", "otra retención entre muchas palabras de relleno " * 5)
    hits = [h.document.id for h in vault.search("retencion")]
    assert hits[0] == often.id and set(hits) == {often.id, once.id, newest.id}  # bm25: the densest first
    monkeypatch.setattr(fts, "RANK_AT_MOST", 2)  # now "many" match: ranking all of them would cost
    assert [h.document.id for h in vault.search("retencion")] == [newest.id, once.id, often.id]  # as a word
    assert [h.document.id for h in vault.search("retenc")] == [newest.id, once.id, often.id]  # as a prefix only


def test_a_file_missing_from_disk_holds_back_none_of_the_others(vault: Vault, company: Company,
                                                                 make_file: MakeFile) -> None:
    """Newest first, a page at a time: more unreadable documents than a page once stopped the walk."""
    from clientvault.core import indexing
    from clientvault.core.text.worker import TextWorker

    good = add(vault, company, make_file, "bueno.txt")
    gone = [add(vault, company, make_file, f"perdido {i}.txt") for i in range(indexing.BATCH + 3)]
    for doc in gone:
        vault.document_path(doc).unlink()
    with TextWorker() as worker:
        report = indexing.index_documents(vault, worker)
    assert report.read == 1 and {d.id for d in report.missing} == {d.id for d in gone}
    assert vault.document_text(good.id) is not None and vault.text_counts().pending == len(gone)


def test_text_read_from_a_file_that_became_another_documents_is_not_kept(vault: Vault, company: Company,
                                                                          make_file: MakeFile) -> None:
    """The indexer took the page, then the person trashed «RUT.txt» and uploaded this year's under
    the same name: the file read is the new document's, so the old one must not keep its words."""
    from clientvault.core.text import Extracted

    old = add(vault, company, make_file, "RUT.txt")
    vault.delete([old.id])
    assert not vault.store_text(old, Extracted("rut nuevo", "ok"))  # in the trash now
    vault.restore([old.id])
    renamed = vault.rename(old.id, "RUT 2023.txt")
    assert not vault.store_text(old, Extracted("rut nuevo", "ok"))  # old row as the indexer saw it
    assert vault.store_text(renamed, Extracted("rut viejo", "ok"))
    assert found(vault.search("viejo")) == [("RUT 2023.txt", "text")] and vault.search("nuevo") == []


def test_words_with_ordinals_and_superscripts_are_found_as_written(vault: Vault, company: Company,
                                                                   make_file: MakeFile) -> None:
    add(vault, company, make_file, "scan.pdf", "Resolución Nº 18764 de la DIAN, 2ª cuota, bodega de 40 m²")
    for typed in ("Nº 18764", "nº", "2ª cuota", "m²", "18764", "RESOLUCION"):
        assert found(vault.search(typed)) == [("scan.pdf", "text")], typed


def test_one_reader_at_a_time(vault: Vault, company: Company, make_file: MakeFile, lock_held_elsewhere: HoldLock) -> None:
    """The window's reader and `clientvault index` never read the same vault at once."""
    from clientvault.core import errors, indexing
    from clientvault.core.text.worker import TextWorker

    add(vault, company, make_file, "uno.txt")
    with TextWorker() as worker:
        with lock_held_elsewhere(vault.root, indexing.READER_LOCK):
            with pytest.raises(errors.VaultBusy):
                indexing.index_documents(vault, worker, wait=0)
            assert vault.text_counts().pending == 1
        assert indexing.index_documents(vault, worker, wait=0).read == 1
