"""«Por vencer» as an Excel workbook: one sheet, a bold frozen header, real dates.

The window's «Export to Excel…» writes it (through ``Vault.export_due``), and its «Print…» prints
the same workbook, so the paper and the file say the same. Written as the company export writes
its ZIP: under a temporary name beside the target, fsynced, then renamed over it, never inside the
data folder; a failure leaves no half file and an existing file as it was.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Sequence
from copy import copy
from datetime import date
from pathlib import Path
from typing import Any

from clientvault.core import errors, storage
from clientvault.core.deadlines import DueItem
from clientvault.core.i18n import t
from clientvault.core.paper_rules import as_date
from clientvault.core.papers import nit_display

log = logging.getLogger(__name__)

DATE_FORMAT = "DD/MM/YYYY"  # Colombia's order; Excel shows it so whatever the computer's settings
EXPIRED_COLOUR = "8B0000"  # dark red, as the window shows expired papers
MAX_WIDTH = 60  # characters: a long file name must not make a column wider than the screen
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def headers() -> list[str]:
    return [t("Empresa", "Company"), t("NIT", "NIT"), t("Documento", "Document"), t("Tipo", "Type"),
            t("Fecha del documento", "Document date"), t("Vence", "Due"), t("Estado", "Status"),
            t("Qué hacer", "What to do")]


def status_words(item: DueItem) -> str:
    """«Vencido hace 3 días», «Vence hoy», «Vence en 12 días»."""
    n = abs(item.days_left)
    if item.days_left < 0:
        return t(f"Vencido hace {n} día" + ("s" if n != 1 else ""), f"Expired {n} day" + ("s" if n != 1 else "") + " ago")
    if item.days_left == 0:
        return t("Vence hoy", "Due today")
    return t(f"Vence en {n} día" + ("s" if n != 1 else ""), f"Due in {n} day" + ("s" if n != 1 else ""))


def row_of(item: DueItem) -> list[Any]:
    kind = item.type
    return [item.company.name, nit_display(item.company.nit), item.doc.filename, kind.name if kind is not None else "",
            as_date(item.doc.created), item.expires_on, status_words(item), item.action]


def write_due_xlsx(items: Sequence[DueItem], path: str | os.PathLike[str], today: date | None = None,
                   data_folder: str | os.PathLike[str] | None = None) -> Path:
    """Write ``items`` to ``path`` (replacing a file there: the person chose it in a save dialog);
    refused inside ``data_folder``. Returns the path written. ``today`` names the sheet's day in
    its title; the items' own days left say the rest."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    target = Path(os.path.realpath(path))
    if data_folder is not None:
        _refuse_inside(Path(path), target, Path(data_folder))
    book = Workbook()
    sheet = book.active
    sheet.title = t("Por vencer", "Due") + f" {(today or date.today()).isoformat()}"
    sheet.append(headers())
    plain = sheet.cell(1, 1).font  # the workbook's own (Calibri 11): a new Font would drop its name and size
    bold = Font(name=plain.name, size=plain.size, bold=True)
    red = Font(name=plain.name, size=plain.size, color=EXPIRED_COLOUR)
    for cell in sheet[1]:
        cell.font = bold
    # Each cell's style is copied from one made once: setting a font or a format on a cell looks
    # it up in the workbook's style tables, which took most of the time of 16,000 rows.
    looks = {(expired, dated): _style(sheet, red if expired else None, DATE_FORMAT if dated else None)
             for expired in (False, True) for dated in (False, True)}
    columns = len(headers())
    for row, item in enumerate(items, start=2):  # the row counted here: sheet.max_row is a scan of every cell
        sheet.append(row_of(item))
        expired = item.status == "expired"
        for col in range(1, columns + 1):
            cell = sheet.cell(row, col)
            if cell.data_type == "f":  # a file name starting with "=" is text, never a formula Excel runs
                cell.data_type = "s"
            if expired or col in (5, 6):
                cell._style = copy(looks[expired, col in (5, 6)])
    for col, width in enumerate(_widths(sheet), start=1):
        sheet.column_dimensions[sheet.cell(1, col).column_letter].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    _save(book, Path(path), target)
    return target


def _style(sheet: Any, font: Any, number_format: str | None) -> Any:
    from openpyxl.cell.cell import Cell

    cell = Cell(sheet)
    if font is not None:
        cell.font = font
    if number_format is not None:
        cell.number_format = number_format
    return cell._style


def _widths(sheet: Any) -> list[int]:
    widths = []
    for column in sheet.iter_cols(min_row=1, max_row=min(sheet.max_row, 2000)):
        longest = max((10 if isinstance(c.value, date) else len(str(c.value or "")) for c in column), default=8)
        widths.append(min(MAX_WIDTH, max(8, longest)) + 2)
    return widths


def _refuse_inside(given: Path, real: Path, root: Path) -> None:
    from clientvault.core.export import _inside  # the company export's rule, same identity checks

    if _inside(real, Path(os.path.realpath(root))):
        raise errors.ExportRefused(t(
            f"No se guardó: {given} queda dentro de la carpeta de datos de ClientVault ({root}), donde podría "
            "reemplazar documentos de sus clientes. Elija una carpeta fuera de ella, por ejemplo Documentos o el "
            "Escritorio.",
            f"Not saved: {given} is inside ClientVault's data folder ({root}), where it could replace your "
            "clients' documents. Choose a folder outside it, such as Documents or the Desktop."))
    if real.is_dir():
        raise errors.ExportRefused(t(f"No se guardó: {given} es una carpeta. Indique también el nombre del archivo.",
                                     f"Not saved: {given} is a folder. Give the file's name too."))


def _save(book: Any, given: Path, target: Path) -> None:
    temp = target.with_name(f".{target.name[:120]}.{uuid.uuid4().hex[:8]}.part")
    try:
        try:
            with open(temp, "xb") as raw:
                book.save(raw)
                raw.flush()
                os.fsync(raw.fileno())
            os.replace(temp, target)
        finally:
            try:
                temp.unlink(missing_ok=True)
            except OSError:
                log.warning("could not remove the temporary workbook %s", temp)
        try:
            storage.fsync_dir(target.parent)
        except OSError:
            pass  # the file is in place; some network file systems cannot sync a folder
    except OSError as exc:
        raise errors.StorageError(t(
            f"No se pudo guardar {given}: {errors.os_words(exc)}. Revise que la carpeta exista, que haya espacio "
            "libre y que usted pueda escribir en ella.",
            f"Could not save {given}: {errors.os_words(exc)}. Check that the folder exists, that there is free "
            "space and that you may write there.")) from exc


