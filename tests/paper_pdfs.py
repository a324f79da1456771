"""Papers as a Colombian accountant receives them, made as real PDFs with a real text layer (Qt's own
PDF writer): a RUT, a Cámara de Comercio certificate and a resolución de facturación, each with a
known NIT and date, for the suggestion and NIT-check tests."""

from __future__ import annotations

from pathlib import Path

from pdf_helpers import write_pdf

from clientvault.core.nit import check_digit

TOP = 60  # the first baseline, in points from the page's top
LINE = 24  # 14-point text with some air: 32 lines fit an A4 page


def write_paper_pdf(path: Path, lines: list[str]) -> Path:
    """One A4 page with ``lines`` one under the other (keep each under ~45 characters: the page is
    595 points wide and nothing wraps)."""
    if len(lines) > 32:
        raise ValueError("one page holds 32 lines")
    return write_pdf(path, [(TOP + i * LINE, text) for i, text in enumerate(lines)])


def dotted(nit: str) -> str:
    """"900123456" -> "900.123.456-8", as people write a NIT."""
    groups = f"{int(nit):,}".replace(",", ".")
    return f"{groups}-{check_digit(nit)}"


def rut_pdf(path: Path, nit: str = "900123456", company: str = "Panadería La Espiga S.A.S.",
            date_text: str = "15 de marzo de 2024") -> Path:
    """The DIAN's Formulario 001: the NIT in its boxes, one digit a box and the DV in the last."""
    boxes = " ".join(nit + str(check_digit(nit)))
    return write_paper_pdf(path, [
        "DIAN",
        "REGISTRO ÚNICO TRIBUTARIO",
        "Formulario 001",
        "Número de Identificación Tributaria (NIT)",
        boxes,
        "Razón social:",
        company,
        "Dirección seccional: Impuestos de Bogotá",
        "Actividad económica principal: 1081",
        f"Fecha de expedición: {date_text}",
    ])


def camara_pdf(path: Path, nit: str = "900123456", company: str = "Panadería La Espiga S.A.S.",
               date_text: str = "2024/03/15 10:42:07") -> Path:
    """A certificado de existencia y representación legal; it names the matrícula mercantil too."""
    return write_paper_pdf(path, [
        "CÁMARA DE COMERCIO DE BOGOTÁ",
        "CERTIFICADO DE EXISTENCIA Y",
        "REPRESENTACIÓN LEGAL",
        f"Fecha y hora de expedición: {date_text}",
        "",
        f"Nombre: {company}",
        f"Nit: {dotted(nit)}",
        "Matrícula mercantil No. 02817345",
        "Fecha de matrícula: 4 de mayo de 2015",
        "Último año renovado: 2024",
        "Valor del certificado: $ 7.800",
    ])


def resolucion_pdf(path: Path, nit: str = "900123456", company: str = "Panadería La Espiga S.A.S.",
                   date_text: str = "15 de marzo de 2024", months: int = 24) -> Path:
    """A DIAN resolution authorising invoice numbers, valid ``months`` months from its date."""
    return write_paper_pdf(path, [
        "DIAN",
        "Resolución No. 18764061234567",
        f"Bogotá D.C., {date_text}",
        "Por la cual se autoriza la numeración",
        "de facturación electrónica de venta",
        f"Contribuyente: {company}",
        f"NIT {dotted(nit)}",
        "Prefijo FE, desde el 1 hasta el 5000",
        f"Vigencia de {months} meses",
        "Teléfono 601 307 8064",
    ])
