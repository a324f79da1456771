"""«Por vencer» as an Excel workbook (core/due_export.py), read back with openpyxl: the words in the
person's language, real dates, and a file that is either whole or not there at all."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest

from clientvault.core import errors
from clientvault.core.vault import Vault

TODAY = date(2026, 12, 2)


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v = Vault(tmp_path / "data")
    company = v.add_company("Panadería La Espiga", nit="900123456")
    for name, days in (("Póliza vencida.pdf", -3), ("=HYPERLINK póliza.pdf", 12)):
        src = tmp_path / "in" / name
        src.parent.mkdir(exist_ok=True)
        src.write_bytes(f"%PDF-1.4\n% {name}\ntrailer<<>>\n%%EOF\n".encode())
        doc = v.import_file(company.id, src).document
        assert doc is not None
        v.set_details([doc.id], doc_type=v.document_type("poliza").id, expires=TODAY + timedelta(days=days))
    yield v
    v.close()


def test_the_workbook_in_spanish_with_real_dates(vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIENTVAULT_LANG", "es")
    target = tmp_path / "Por vencer.xlsx"
    target.write_bytes(b"an older export")  # chosen in a save dialog that asked to replace it
    written = vault.export_due(vault.due(30, today=TODAY), target, TODAY)
    assert written == target.resolve()
    sheet = openpyxl.load_workbook(target).active
    assert [c.value for c in sheet[1]] == ["Empresa", "NIT", "Documento", "Tipo", "Fecha del documento", "Vence",
                                           "Estado", "Qué hacer"]
    assert [c.value for c in sheet[2]][:4] == ["Panadería La Espiga", "900.123.456-8", "Póliza vencida.pdf", "Póliza"]
    assert sheet.cell(2, 6).is_date and sheet.cell(2, 6).value.date() == TODAY - timedelta(days=3)
    assert sheet.cell(2, 7).value == "Vencido hace 3 días" and sheet.cell(3, 7).value == "Vence en 12 días"
    assert sheet.cell(2, 8).value == "Renovar la póliza"
    assert sheet.cell(2, 1).font.color.rgb == "008B0000" and sheet.cell(3, 1).font.color.rgb != "008B0000"
    assert sheet.cell(1, 1).font.b and sheet.cell(1, 1).font.name == sheet.cell(3, 1).font.name == "Calibri"
    # A file name that starts like a formula is text in the cell, never a formula Excel would run.
    assert sheet.cell(3, 3).value == "=HYPERLINK póliza.pdf" and sheet.cell(3, 3).data_type == "s"
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:H3"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_nothing_is_written_inside_the_data_folder(vault: Vault) -> None:
    inside = vault.root / "companies" / "lista.xlsx"
    with pytest.raises(errors.ExportRefused, match="data folder"):
        vault.export_due(vault.due(30, today=TODAY), inside, TODAY)
    assert not inside.exists()
    with pytest.raises(errors.ExportRefused, match="is a folder"):
        vault.export_due(vault.due(30, today=TODAY), vault.root.parent, TODAY)


def test_a_full_disk_leaves_the_old_file_and_no_half_file(vault: Vault, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import clientvault.core.due_export as due_export

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    out = tmp_path / "out"
    out.mkdir()
    (out / "lista.xlsx").write_bytes(b"last week's list")
    monkeypatch.setattr(due_export.os, "fsync", full)
    with pytest.raises(errors.StorageError) as raised:
        vault.export_due(vault.due(30, today=TODAY), out / "lista.xlsx", TODAY)
    assert "Could not save" in raised.value.message and "No space left" not in raised.value.message
    assert [p.name for p in out.iterdir()] == ["lista.xlsx"]
    assert (out / "lista.xlsx").read_bytes() == b"last week's list"
