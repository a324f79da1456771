"""Workbooks made with openpyxl for the sheet tests: number formats, bold, fills, widths, a sheet of
charts only, and a sheet whose data starts at C3 (what Excel writes, not hand-made XML)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

ACCOUNTING = '_-[$$-240A]* #,##0.00_-;\\-[$$-240A]* #,##0.00_-;_-[$$-240A]* "-"??_-;_-@_-'  # Excel Colombia's


def formatted_book(path: Path) -> Path:
    """Sheet «Balance»: a bold title on a yellow fill in a narrow column A, bold headers on a blue fill
    in row 3, then amounts in currency, percent, a typed date (format 14), a negative in parentheses
    and red, thousands with decimals; columns B and C with their own widths. Sheet «Gráfico»: a bar chart
    of those amounts and no cell at all."""
    import openpyxl
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Balance"
    ws["A1"] = "Balance de prueba 2024 de Contadores Ñandú"
    ws["A1"].font = Font(bold=True)
    ws["A1"].fill = PatternFill("solid", fgColor="FFFF00")
    heads = ["Cuenta", "Valor", "Porcentaje", "Fecha", "Saldo", "Total"]
    for col, head in enumerate(heads, start=1):
        cell = ws.cell(row=3, column=col, value=head)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    ws["F3"].alignment = Alignment(horizontal="center")
    rows = [
        ("110505 Caja", 2500, 0.125, dt.date(2024, 12, 31), -1200, 1234567.891),
        ("111005 Bancos", 1_000_000.5, 1, dt.date(2024, 1, 2), 350.25, 0),
    ]
    for r, (account, value, share, day, balance, total) in enumerate(rows, start=4):
        ws.cell(row=r, column=1, value=account)
        ws.cell(row=r, column=2, value=value).number_format = '[$$-240A] #,##0.00'
        ws.cell(row=r, column=3, value=share).number_format = "0.0%"
        ws.cell(row=r, column=4, value=day).number_format = "mm-dd-yy"  # built-in 14: the locale's short date
        ws.cell(row=r, column=5, value=balance).number_format = "#,##0.00_);[Red](#,##0.00)"
        ws.cell(row=r, column=6, value=total).number_format = ACCOUNTING
    ws.column_dimensions["A"].width = 4
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["C"].width = 12
    charts = wb.create_sheet("Gráfico")
    chart = BarChart()
    chart.add_data(Reference(ws, min_col=2, min_row=3, max_row=5), titles_from_data=True)
    charts.add_chart(chart, "B2")
    wb.save(path)
    return path


def c3_book(path: Path) -> Path:
    """A sheet whose data starts at C3 (rows 1-2 and columns A-B empty), with a gap row."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Movimientos"
    for col, head in zip("CDE", ["Cuenta", "Débito", "Crédito"], strict=True):
        ws[f"{col}3"] = head
    ws["C4"], ws["D4"], ws["E4"] = "110505 Caja", 1500.25, 0
    ws["C6"], ws["D6"], ws["E6"] = "220505 Proveedores", 0, 987654.5
    ws["D4"].number_format = ws["E6"].number_format = "#,##0.00"
    wb.save(path)
    return path
