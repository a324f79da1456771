"""Across all the clients: ``due`` (what is expired or expires soon), ``missing`` (the papers each
company must have and lacks) and ``types list|add|rename|rule`` (the paper types and their rules).

``due --json`` prints one object per paper, expired first, then the soonest::

    {"company": "Panadería La Espiga", "company_id": 2, "nit": "800191045-1", "id": 7,
     "name": "Cámara 2024.pdf", "type": "Certificado de Cámara de Comercio", "expires": "2024-04-14",
     "status": "expired", "days_left": -3, "action": "Request a new Chamber of Commerce certificate"}

``missing --json`` one object per company with a gap: ``{"company_id", "company", "nit", "gaps":
[{"type", "type_id", "type_code", "state" ("missing" | "expired"), "text"}]}``.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

from clientvault.cli.common import EXIT_OK, SubParsers, UsageError, _month_day, _paper_type, _positive_int
from clientvault.cli.output import _day, _err, _out, _print_json, _table
from clientvault.core import errors
from clientvault.core.i18n import t
from clientvault.core.values import DUE_DAYS, EXPIRED_DAYS, RULES, DocumentType, DueItem
from clientvault.core.vault import Vault


def _day_count(text: str) -> int:
    if not text.strip().isdigit() or int(text) > 3660:
        raise argparse.ArgumentTypeError(t(f"se esperaba un número de días entre 0 y 3660, no «{text}»",
                                           f"expected a number of days from 0 to 3660, not “{text}”"))
    return int(text)


# -- due -------------------------------------------------------------------------------------------


def _due_row(item: DueItem) -> dict[str, Any]:
    return {"company": item.company.name, "company_id": item.company.id, "nit": item.company.nit_display or None,
            "id": item.doc.id, "name": item.doc.filename, "type": item.type.name if item.type is not None else None,
            "expires": _day(item.expires_on), "status": item.status, "days_left": item.days_left,
            "action": item.action}


def _left_words(item: DueItem) -> str:
    if item.days_left < 0:
        return t(f"vencido hace {-item.days_left} día(s)", f"expired {-item.days_left} day(s) ago")
    if item.days_left == 0:
        return t("vence hoy", "expires today")
    return t(f"vence en {item.days_left} día(s)", f"expires in {item.days_left} day(s)")


def _cmd_due(vault: Vault, args: argparse.Namespace) -> int:
    company_id = vault.company(args.company).id if args.company is not None else None
    items = vault.due(days=args.days, company_id=company_id, expired_days=None if args.all else EXPIRED_DAYS)
    if args.xlsx:
        _write_xlsx(vault, items, args)
    if args.json:
        _print_json([_due_row(i) for i in items])
        return EXIT_OK
    if not items:
        _err(t(f"Nada vencido ni por vencer en los próximos {args.days} día(s).",
               f"Nothing expired or expiring in the next {args.days} day(s)."))
        return EXIT_OK
    headers = [t("Empresa", "Company"), "NIT", "ID", t("Documento", "Paper"), t("Tipo", "Type"), t("Vence", "Expires"),
               t("Estado", "State"), t("Qué hacer", "What to do")]
    rows = [[i.company.name, i.company.nit_display, str(i.doc.id), i.doc.filename,
             i.type.label if i.type is not None else "", _day(i.expires_on) or "", _left_words(i), i.action]
            for i in items]
    for line in _table(headers, rows, right=frozenset({2})):
        _out(line)
    return EXIT_OK


def _write_xlsx(vault: Vault, items: list[DueItem], args: argparse.Namespace) -> None:
    """The list as an Excel workbook, written as the window's «Por vencer» page writes it."""
    if not args.overwrite and os.path.lexists(args.xlsx):
        raise errors.VaultError(t(
            f"Ya existe {args.xlsx}; no se reemplazó. Elija otro nombre, o agregue --overwrite para reemplazarlo.",
            f"{args.xlsx} already exists; it was not replaced. Choose another name, or add --overwrite to replace "
            "it."))
    written = vault.export_due(items, args.xlsx)
    _err(t(f"Lista guardada en {written}.", f"List saved in {written}."))


# -- missing ---------------------------------------------------------------------------------------


def _cmd_missing(vault: Vault, args: argparse.Namespace) -> int:
    gaps = vault.paper_gaps()
    companies = {info.company.id: info.company for info in vault.companies()}
    # In the companies' own order (by name), as the sidebar lists them.
    found = [(company, gaps[cid]) for cid, company in companies.items() if cid in gaps]
    if args.json:
        _print_json([{"company_id": c.id, "company": c.name, "nit": c.nit_display or None,
                      "gaps": [{"type": g.type.name, "type_id": g.type.id, "type_code": g.type.code, "state": g.state,
                                "text": g.text} for g in gs]} for c, gs in found])
        return EXIT_OK
    if not found:
        _err(t("Ninguna empresa tiene papeles faltantes ni vencidos.", "No company has missing or expired papers."))
        return EXIT_OK
    rows = [[c.name, c.nit_display, "; ".join(g.text for g in gs)] for c, gs in found]
    for line in _table([t("Empresa", "Company"), "NIT", t("Qué le falta", "What it lacks")], rows):
        _out(line)
    return EXIT_OK


# -- types -----------------------------------------------------------------------------------------


def rule_words(tp: DocumentType) -> str:
    """When a type's papers expire, in words."""
    if tp.rule == "days":
        return t(f"{tp.rule_days} día(s) después de su fecha", f"{tp.rule_days} day(s) after its date")
    if tp.rule == "yearly":
        return t(f"cada año el {tp.rule_day} (mes-día)", f"every year on {tp.rule_day} (month-day)")
    if tp.rule == "own":
        return t("en la fecha escrita en cada uno", "on the date entered on each")
    return t("no vence", "never")


def _type_row(tp: DocumentType) -> dict[str, Any]:
    return {"id": tp.id, "name": tp.name, "code": tp.code, "short_name": tp.short_name, "rule": tp.rule,
            "rule_days": tp.rule_days, "rule_day": tp.rule_day}


def _cmd_types_list(vault: Vault, args: argparse.Namespace) -> int:
    types = vault.document_types()
    if args.json:
        _print_json([_type_row(tp) for tp in types])
        return EXIT_OK
    rows = [[str(tp.id), tp.name, tp.short_name or "", rule_words(tp)] for tp in types]
    for line in _table(["ID", t("Tipo", "Type"), t("Corto", "Short"), t("Vence", "Expires")], rows,
                       right=frozenset({0})):
        _out(line)
    return EXIT_OK


def _rule_fields(args: argparse.Namespace) -> dict[str, Any]:
    """--rule with the number it needs (--days for "days", --day for "yearly"), or a usage error."""
    if args.days is not None and args.rule != "days":
        raise UsageError(t("--days va con --rule days.", "--days goes with --rule days."))
    if args.day is not None and args.rule != "yearly":
        raise UsageError(t("--day va con --rule yearly.", "--day goes with --rule yearly."))
    if args.rule == "days" and args.days is None:
        raise UsageError(t("Con --rule days, diga cuántos días dura el documento: --days 30.",
                           "With --rule days, say how many days the paper lasts: --days 30."))
    if args.rule == "yearly" and args.day is None:
        raise UsageError(t("Con --rule yearly, diga el día del año en que vence: --day 03-31.",
                           "With --rule yearly, say the day of the year it is due: --day 03-31."))
    return {"rule": args.rule, "rule_days": args.days, "rule_day": args.day}


def _cmd_types_add(vault: Vault, args: argparse.Namespace) -> int:
    found = vault.add_document_type(args.name, **_rule_fields(args))
    _out(str(found.id))  # the id alone, as «company add» prints it
    return EXIT_OK


def _cmd_types_rename(vault: Vault, args: argparse.Namespace) -> int:
    old = _paper_type(vault, args.old)
    before = old.name
    found = vault.edit_document_type(old.id, name=args.new)
    _out(t(f"El tipo «{before}» ahora se llama «{found.name}».", f"The type “{before}” is now named “{found.name}”."))
    return EXIT_OK


def _cmd_types_rule(vault: Vault, args: argparse.Namespace) -> int:
    old = _paper_type(vault, args.type)
    found = vault.edit_document_type(old.id, **_rule_fields(args))
    _out(t(f"«{found.name}» vence: {rule_words(found)}.", f"“{found.name}” expires: {rule_words(found)}."))
    return EXIT_OK


def _rule_options(cmd: argparse.ArgumentParser, required: bool) -> None:
    cmd.add_argument("--rule", choices=RULES, default=None if required else "none", required=required, help=t(
        "cuándo vencen: none (nunca), days (N días después de su fecha), yearly (cada año un día), own (la fecha "
        "escrita en cada uno)",
        "when they expire: none (never), days (N days after their date), yearly (on a day each year), own (the "
        "date entered on each)"))
    cmd.add_argument("--days", type=_positive_int, metavar="N", help=t("con --rule days", "with --rule days"))
    cmd.add_argument("--day", type=_month_day, metavar="MM-DD", help=t(
        "con --rule yearly: 03-31 es el 31 de marzo", "with --rule yearly: 03-31 is 31 March"))


def _add_due_commands(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    due = sub.add_parser("due", parents=[common], help=t(
        "lo vencido y lo que vence pronto, de todas las empresas", "what is expired or expires soon, across companies"))
    due.add_argument("--days", type=_day_count, default=DUE_DAYS, metavar="N", help=t(
        f"lo que vence en los próximos N días (por omisión {DUE_DAYS})", f"what expires within N days (default "
        f"{DUE_DAYS})"))
    due.add_argument("--company", metavar=t("EMPRESA", "COMPANY"), help=t("solo esta empresa", "only this company"))
    due.add_argument("--all", action="store_true", help=t(
        f"también lo vencido hace más de {EXPIRED_DAYS} días (por omisión se deja fuera: es historia)",
        f"also what expired more than {EXPIRED_DAYS} days ago (left out by default: it is history)"))
    due.add_argument("--xlsx", metavar=t("ARCHIVO", "FILE"), help=t("guardar la lista en Excel", "save the list as an "
                                                                    "Excel file"))
    due.add_argument("--overwrite", action="store_true", help=t(
        "reemplazar el archivo de --xlsx si ya existe", "replace the --xlsx file if it already exists"))
    due.add_argument("--json", action="store_true")
    due.set_defaults(handler=_cmd_due)

    missing = sub.add_parser("missing", parents=[common], help=t(
        "las empresas a las que les falta un papel, o lo tienen vencido", "the companies missing a paper, or with "
        "it expired"))
    missing.add_argument("--json", action="store_true")
    missing.set_defaults(handler=_cmd_missing)

    types = sub.add_parser("types", parents=[common], help=t("los tipos de documento y sus vencimientos",
                                                             "the paper types and when they expire"))
    tsub = types.add_subparsers(dest="types_command", metavar="{list,add,rename,rule}", required=True)
    lst = tsub.add_parser("list", parents=[common], help=t("listar los tipos", "list the types"))
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_cmd_types_list)

    add = tsub.add_parser("add", parents=[common], help=t("agregar un tipo (imprime su número)",
                                                          "add a type (prints its id)"))
    add.add_argument("name", metavar=t("NOMBRE", "NAME"))
    _rule_options(add, required=False)
    add.set_defaults(handler=_cmd_types_add)

    rename = tsub.add_parser("rename", parents=[common], help=t("cambiar el nombre de un tipo", "rename a type"))
    rename.add_argument("old", metavar=t("TIPO", "TYPE"), help=t("nombre o número", "name or id"))
    rename.add_argument("new", metavar=t("NOMBRE_NUEVO", "NEW_NAME"))
    rename.set_defaults(handler=_cmd_types_rename)

    rule = tsub.add_parser("rule", parents=[common], help=t(
        "cambiar cuándo vencen los papeles de un tipo", "change when a type's papers expire"))
    rule.add_argument("type", metavar=t("TIPO", "TYPE"), help=t("nombre o número", "name or id"))
    _rule_options(rule, required=True)
    rule.set_defaults(handler=_cmd_types_rule)
