"""Suggestions from a file's name and text: what an accountant would expect ClientVault to guess for
the papers Colombian clients send, on plain strings and on real PDFs read by the project's extractor."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
from paper_pdfs import camara_pdf, resolucion_pdf, rut_pdf, write_paper_pdf

from clientvault.core.filetypes import KINDS
from clientvault.core.suggest import Suggestion, dates_in, nits_in, suggest
from clientvault.core.text.readers import extract

TODAY = date(2026, 12, 2)


def guess(filename: str, text: str = "") -> Suggestion:
    return suggest(filename, text, today=TODAY)


# -- the type -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "code"), [
    ("RUT 2024.pdf", "rut"), ("rut_empresa.pdf", "rut"), ("RUT2024.pdf", "rut"), ("Copia-RUT.PDF", "rut"),
    ("Camara comercio marzo 2024.pdf", "camara"), ("certificado cámara.pdf", "camara"),
    ("Renovación matrícula 2024.pdf", "matricula"),
    ("Resolución facturación 2024.pdf", "resolucion"), ("resolucion_facturacion.pdf", "resolucion"),
    ("EEFF 2023.xlsx", "estados"), ("Estados financieros 2023.pdf", "estados"), ("Balance 2023.xlsx", "estados"),
    ("Declaración renta 2023.pdf", "renta"), ("IVA bimestre 6 2024.pdf", "iva"),
    ("Retención en la fuente dic 2024.pdf", "retencion"), ("nomina dic 2024.xlsx", "nomina"),
    ("Extracto Bancolombia nov 2024.pdf", "extracto"), ("Contrato arriendo local.docx", "contrato"),
    ("Póliza cumplimiento.pdf", "poliza"), ("Cédula representante legal.jpg", "cedula"),
    ("Acta asamblea 2024.pdf", "acta"), ("Factura_2024-03.xlsx", "soporte"), ("comprobante egreso 45.pdf", "soporte"),
])
def test_type_from_the_file_name(name: str, code: str) -> None:
    assert guess(name).type_code == code


@pytest.mark.parametrize("name", ["ruta.pdf", "Ruta de entrega.xlsx", "Sueldo bruto.xlsx", "brutos.pdf",
                                  "scan001.pdf", "IMG_2024.jpg", "actividad.docx", "impacto.pdf"])
def test_a_name_that_only_contains_the_letters_is_no_type(name: str) -> None:
    assert guess(name).type_code is None


@pytest.mark.parametrize(("text", "code"), [
    ("DIAN\nREGISTRO ÚNICO TRIBUTARIO\nFormulario 001", "rut"),
    ("formulario del registro unico tributario", "rut"),
    ("CÁMARA DE COMERCIO DE CALI\nCERTIFICADO DE EXISTENCIA Y\nREPRESENTACIÓN LEGAL\nMATRÍCULA MERCANTIL 123", "camara"),
    ("CÁMARA DE COMERCIO DE BOGOTÁ\nRecibo de renovación de la matrícula mercantil 2024", "matricula"),
    ("Resolución 000042 del 5 de mayo de 2020. La DIAN autoriza la numeración", "resolucion"),
    ("Autorización de numeración de facturación", "resolucion"),
    ("ESTADO DE SITUACIÓN FINANCIERA a diciembre 31 de 2023. Retención en la fuente por pagar; IVA por pagar", "estados"),
    ("Estado de resultados integral", "estados"),
    ("Declaración de renta y complementario personas jurídicas", "renta"),
    ("Formulario No. 110", "renta"),
    ("Declaración del impuesto sobre las ventas - IVA", "iva"),
    ("Formulario 300 ...", "iva"),
    ("Declaración mensual de retenciones en la fuente", "retencion"),
    ("Formulario 350", "retencion"),
    ("DESPRENDIBLE DE PAGO\nTipo de contrato: indefinido", "nomina"),
    ("Documento soporte de pago de nómina electrónica", "nomina"),
    ("Extracto bancario\nCuenta de ahorros 123", "extracto"),
    ("ACTA No. 12 DE LA ASAMBLEA GENERAL DE ACCIONISTAS", "acta"),
    ("FACTURA ELECTRÓNICA DE VENTA No. FE-123", "soporte"),
    ("CONTRATO DE ARRENDAMIENTO DE LOCAL COMERCIAL entre ... identificado con cédula de ciudadanía", "contrato"),
    ("SEGUROS DEL ESTADO\nPÓLIZA DE SEGURO DE CUMPLIMIENTO", "poliza"),
    ("REPÚBLICA DE COLOMBIA\nIDENTIFICACIÓN PERSONAL\nCÉDULA DE CIUDADANÍA", "cedula"),
])
def test_type_from_the_text(text: str, code: str) -> None:
    assert guess("scan.pdf", text).type_code == code


def test_the_text_beats_the_file_name() -> None:
    assert guess("RUT.pdf", "CERTIFICADO DE EXISTENCIA Y REPRESENTACIÓN LEGAL").type_code == "camara"


def test_a_passing_word_in_the_heading_does_not_beat_the_file_name() -> None:
    assert guess("Contrato obra.pdf", "Bogotá. Ref: póliza de cumplimiento").type_code == "contrato"
    assert guess("scan.pdf", "Bogotá. Ref: póliza de cumplimiento").type_code == "poliza"


def test_an_invoice_repeating_its_numbering_resolution_is_a_soporte() -> None:
    text = ("PANADERÍA LA ESPIGA S.A.S. NIT 900.123.456-8\nResolución DIAN No. 18764000001 de 2024-01-15, "
            "autoriza del FE1 al FE5000\nFACTURA ELECTRÓNICA DE VENTA No. FE-77")
    assert guess("documento.pdf", text).type_code == "soporte"


def test_words_inside_other_words_are_not_types() -> None:
    assert guess("x.pdf", "La ruta del camión; ingreso bruto; la cámara fotográfica").type_code is None


# -- dates ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("written", [
    "15 de marzo de 2024", "15 de marzo del 2024", "marzo 15 de 2024", "2024-03-15", "15/03/2024",
    "15-03-2024", "15 DE MARZO DE 2024", "15 mar 2024", "15-mar-2024", "2024/03/15", "15 de Marzo, 2024",
    "a los quince (15) días del mes de marzo de 2024",
])
def test_dates_as_colombians_write_them(written: str) -> None:
    assert dates_in(f"Bogotá, {written}.") == [date(2024, 3, 15)]


def test_month_names_with_accents_and_abbreviations() -> None:
    text = "3 dic 2024; 4 de sept. de 2023; 1 de setiembre de 2022; 9 de SÉPTIEMBRE de 2021; 2 ago 2020"
    assert dates_in(text) == [date(2024, 12, 3), date(2023, 9, 4), date(2022, 9, 1), date(2021, 9, 9), date(2020, 8, 2)]


def test_impossible_dates_are_not_dates() -> None:
    assert dates_in("31 de febrero de 2024, 2024-13-01, 32/01/2024, 15 de marzo de 1492") == []


def test_the_labelled_date_of_issue_beats_the_first_date() -> None:
    text = "CERTIFICADO DE EXISTENCIA Y REPRESENTACIÓN LEGAL\nConstituida el 4 de mayo de 2015\nFecha de expedición: 2024-03-15"
    assert guess("c.pdf", text).created == date(2024, 3, 15)
    assert guess("c.pdf", "Expedido el 2 de enero de 2025 ... 5 de mayo de 2020").created == date(2025, 1, 2)


def test_without_a_label_the_first_plausible_date() -> None:
    assert guess("x.pdf", "firmado el 15 de marzo de 2090 y el 3 de abril de 2023").created == date(2023, 4, 3)
    assert guess("x.pdf", "nacido el 4 de julio de 1931").created is None
    assert guess("x.pdf", "Fecha de expedición: 1 de enero de 2099").created is None


def test_a_period_end_is_not_the_date_of_the_paper() -> None:
    text = "ESTADO DE SITUACIÓN FINANCIERA a diciembre 31 de 2023 y al 31 de diciembre de 2022\nBogotá, 20 de febrero de 2024"
    assert guess("x.pdf", text).created == date(2024, 2, 20)


def test_from_a_file_name_only_a_full_date() -> None:
    assert guess("Factura 2024-03-15.pdf").created == date(2024, 3, 15)
    assert guess("Camara comercio marzo 2024.pdf").created is None
    assert guess("EEFF 2023.xlsx").created is None


# -- period -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "text", "period"), [
    ("EEFF 2023.xlsx", "", "2023"),
    ("Estados financieros 2023.pdf", "", "2023"),
    ("nomina dic 2024.xlsx", "", "2024-12"),
    ("Factura_2024-03.xlsx", "", "2024-03"),
    ("extracto 11-2024.pdf", "", "2024-11"),
    ("x.pdf", "Declaración de renta. Año gravable 2023", "2023"),
    ("x.pdf", "ESTADOS FINANCIEROS a diciembre 31 de 2023", "2023"),
    ("x.pdf", "Estado de resultados. Vigencia fiscal 2022", "2022"),
    ("x.pdf", "DESPRENDIBLE DE PAGO\nPeriodo de pago: del 1 al 31 de diciembre de 2024", "2024-12"),
    ("x.pdf", "Desprendible de pago. Periodo: 2024-12", "2024-12"),
    ("x.pdf", "Extracto bancario\nCorte: noviembre de 2024\nFecha de expedición 2024-12-02", "2024-11"),
    ("renta 2023.pdf", "Impuesto sobre la renta. Periodo gravable: diciembre de 2023", "2023"),
])
def test_period(name: str, text: str, period: str) -> None:
    assert guess(name, text).period == period


def test_no_period_for_papers_that_have_none() -> None:
    assert guess("RUT 2024.pdf").period is None
    assert guess("Camara comercio marzo 2024.pdf").period is None
    assert guess("x.pdf", "REGISTRO ÚNICO TRIBUTARIO. Año gravable 2023").period is None
    assert guess("scan 2024.pdf").period is None  # no type, no period


# -- expiry -----------------------------------------------------------------------------------------

def test_a_resolution_valid_for_months_from_its_date() -> None:
    text = "Resolución No. 1876 del 15 de marzo de 2024. La DIAN autoriza ... una vigencia de veinticuatro (24) meses"
    s = guess("r.pdf", text)
    assert (s.type_code, s.created, s.expires) == ("resolucion", date(2024, 3, 15), date(2026, 3, 15))


def test_months_from_a_month_end_land_on_the_last_day() -> None:
    s = guess("r.pdf", "Resolución de facturación del 31 de agosto de 2023, vigencia de 6 meses")
    assert s.expires == date(2024, 2, 29)


@pytest.mark.parametrize("clause", ["vigente hasta 15 de marzo de 2026", "Fecha de vencimiento: 2026-03-15",
                                    "fecha de vencimiento de la autorización 15/03/2026"])
def test_a_resolution_that_states_its_end(clause: str) -> None:
    s = guess("r.pdf", f"Autorización de numeración de facturación. Expedida el 15 de marzo de 2024, {clause}")
    assert s.expires == date(2026, 3, 15)
    assert s.created == date(2024, 3, 15)


def test_a_policy_valid_until() -> None:
    text = "PÓLIZA DE SEGURO DE CUMPLIMIENTO\nFecha de expedición 10/01/2024\nVigencia desde 01/02/2024 hasta 01/02/2025"
    s = guess("p.pdf", text)
    assert (s.created, s.expires) == (date(2024, 1, 10), date(2025, 2, 1))


def test_no_expiry_for_other_papers_or_without_a_statement() -> None:
    assert guess("c.pdf", "CERTIFICADO DE EXISTENCIA Y REPRESENTACIÓN LEGAL vigente hasta 2025-01-01").expires is None
    assert guess("Resolución facturación 2024.pdf").expires is None
    # "hasta el 5000" is a number, and the date two clauses later is not what "hasta" points at
    assert guess("r.pdf", "Resolución de facturación, desde el 1 hasta el 5000, del 15 de marzo de 2024").expires is None


# -- NITs -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("written", [
    "NIT 900.123.456-8", "NIT: 900123456-8", "Nit. 900 123 456 - 8", "N.I.T. 900123456", "nit 900.123.456",
    "NIT No. 900123456-8", "Número de Identificación Tributaria (NIT) 9 0 0 1 2 3 4 5 6 8",
    "(NIT) 9 0 0 1 2 3 4 5 6", "Proveedor 900.123.456-8", "NIT 900123456 8",
])
def test_nit_written_every_way(written: str) -> None:
    assert nits_in(f"Razón social: La Espiga. {written}, Bogotá") == ["900123456"]


def test_a_wrong_check_digit_is_no_nit() -> None:
    assert nits_in("NIT 900.123.456-7") == []
    assert nits_in("Proveedor 900.123.456-7") == []
    assert guess("rut.pdf", "REGISTRO ÚNICO TRIBUTARIO NIT: 900123456-7").nits == ()


def test_amounts_phones_and_stray_numbers_are_not_nits() -> None:
    text = "Total $ 900.123.456\nValor: $900.123.456-8\nTeléfono 601 307 8064, celular 3001234567\nFactura 900123456"
    assert nits_in(text) == []


def test_a_plain_number_keeps_its_last_digit() -> None:
    # check_digit("90012345") is 5: a run of digits is not split into a NIT and a DV by chance
    assert nits_in("NIT 900123455") == ["900123455"]
    assert nits_in("N.I.T. 800191045") == ["800191045"]


def test_box_digits_whose_last_is_not_a_dv_are_the_number() -> None:
    assert nits_in("(NIT) 1 0 2 0 3 0 4 0 5 0") == ["1020304050"]


def test_nit_lengths() -> None:
    assert nits_in("NIT 12345") == []
    assert nits_in("NIT 12345678901") == []
    assert nits_in("NIT 1.020.304") == ["1020304"]


def test_nits_first_found_first_once_each() -> None:
    text = "NIT 800.191.045-1 ... cliente NIT 900123456-8 ... de nuevo NIT 800191045"
    assert nits_in(text) == ["800191045", "900123456"]
    assert guess("x.pdf", text).nits == ("800191045", "900123456")


# -- the whole suggestion -----------------------------------------------------------------------------

def test_nothing_to_suggest_is_empty() -> None:
    assert Suggestion().empty()
    assert guess("scan001.pdf").empty()
    assert not guess("RUT.pdf").empty()
    assert not guess("scan.pdf", "NIT 900123456-8").empty()


def test_a_long_text_is_quick() -> None:
    page = ("Movimientos del mes: consignación $ 1.250.000, retiro cajero 320.000, 15/03/2024, "
            "saldo 7.845.221, referencia 00912345, sucursal Chapinero, NIT 900.123.456-8. ")
    text = "EXTRACTO BANCARIO\nPeriodo: diciembre de 2024\n" + page * (200_000 // len(page))
    best = min(_timed(lambda: suggest("extracto.pdf", text)) for _ in range(3))
    assert best < 0.05, f"{best * 1000:.0f} ms"
    assert suggest("extracto.pdf", text).nits == ("900123456",)


def test_a_hostile_text_is_quick() -> None:
    for text in ("resolucion dian " * 15_000, "nit 1 " * 40_000, "15 de " * 40_000, "9 " * 100_000):
        assert _timed(lambda t=text: suggest("x.pdf", t)) < 0.5


def _timed(call: object) -> float:
    assert callable(call)
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


# -- real PDFs, read by the project's own extractor -----------------------------------------------------

def read(path: Path) -> str:
    got = extract(path, KINDS["pdf"].mime)
    assert got.status == "ok", got.note
    return got.text


def test_a_rut_pdf(tmp_path: Path) -> None:
    s = guess("documento.pdf", read(rut_pdf(tmp_path / "a.pdf")))
    assert (s.type_code, s.created, s.nits, s.period) == ("rut", date(2024, 3, 15), ("900123456",), None)


def test_a_rut_pdf_of_another_company(tmp_path: Path) -> None:
    text = read(rut_pdf(tmp_path / "a.pdf", nit="800191045", company="Ferretería El Tornillo Ltda.",
                        date_text="2 de enero del 2025"))
    s = guess("RUT.pdf", text)
    assert (s.type_code, s.created, s.nits) == ("rut", date(2025, 1, 2), ("800191045",))


def test_a_camara_pdf(tmp_path: Path) -> None:
    s = guess("scan.pdf", read(camara_pdf(tmp_path / "c.pdf")))
    assert (s.type_code, s.created, s.nits, s.expires) == ("camara", date(2024, 3, 15), ("900123456",), None)


def test_a_resolucion_pdf(tmp_path: Path) -> None:
    s = guess("scan.pdf", read(resolucion_pdf(tmp_path / "r.pdf", months=18)))
    assert (s.type_code, s.created, s.expires, s.nits) == (
        "resolucion", date(2024, 3, 15), date(2025, 9, 15), ("900123456",))


def test_a_paper_pdf_with_accents_in_its_text(tmp_path: Path) -> None:
    text = read(write_paper_pdf(tmp_path / "n.pdf", ["NÓMINA ELECTRÓNICA", "Período: diciembre de 2024"]))
    s = guess("scan.pdf", text)
    assert (s.type_code, s.period) == ("nomina", "2024-12")


def test_the_corpus_resolution(corpus: Path) -> None:
    path = corpus / "Resolución facturación 2024.pdf"
    s = guess(path.name, read(path))  # its text is Lorem ipsum: the name alone says what it is
    assert (s.type_code, s.created, s.period, s.expires, s.nits) == ("resolucion", None, None, None, ())


def test_a_bank_statement_listing_a_retention_is_a_statement() -> None:
    """A title far down a paper is one of its lines: the name and the heading say what it is."""
    lines = ["BANCO DE BOGOTÁ", "ESTADO DE CUENTA", "Cuenta de ahorros No. 123-45678-9", "Periodo: noviembre 2024"]
    lines += [f"{d:02d}/11/2024 Pago proveedor {d} 1.250.000" for d in range(1, 29)]
    lines += ["RETENCIÓN EN LA FUENTE 3.400", "GMF 4 X MIL 5.000"]
    text = "\n".join(lines)
    assert suggest("extracto.pdf", text).type_code == "extracto"
    assert suggest("scan0001.pdf", text).type_code == "extracto"
    # A retention certificate says so at its top.
    assert suggest("scan0002.pdf", "CERTIFICADO DE RETENCIÓN EN LA FUENTE\nAño gravable 2024").type_code == "retencion"
