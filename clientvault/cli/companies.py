"""``clientvault company add|list|edit|remove``."""

from __future__ import annotations

import argparse

from clientvault.cli.common import EXIT_OK, SubParsers, UsageError, _paper_type
from clientvault.cli.output import _err, _human_size, _out, _print_json, _table
from clientvault.core.i18n import t
from clientvault.core.vault import Vault


def _cmd_company_add(vault: Vault, args: argparse.Namespace) -> int:
    company = vault.add_company(args.name, nit=args.nit, email=args.email, phone=args.phone, notes=args.notes or "")
    _out(str(company.id))  # the id alone, so a script can write ID=$(clientvault company add ...)
    return EXIT_OK


def _cmd_company_list(vault: Vault, args: argparse.Namespace) -> int:
    infos = vault.companies()
    if args.json:
        _print_json(
            [
                {
                    "id": i.company.id,
                    "name": i.company.name,
                    "nit": i.company.nit_display or None,
                    "email": i.company.email,
                    "phone": i.company.phone,
                    "notes": i.company.notes,
                    "file_count": i.count,
                    "total_size": i.total_size,
                }
                for i in infos
            ]
        )
        return EXIT_OK
    if not infos:
        _err(
            t(
                "Aún no hay empresas. Agregue una con: clientvault company add NOMBRE",
                "No companies yet. Add one with: clientvault company add NAME",
            )
        )
        return EXIT_OK
    headers = [
        "ID",
        t("Razón social", "Name"),
        "NIT",
        t("Correo", "E-mail"),
        t("Teléfono", "Phone"),
        t("Archivos", "Files"),
        t("Tamaño", "Size"),
    ]
    rows = [
        [
            str(i.company.id),
            i.company.name,
            i.company.nit_display,
            i.company.email or "",
            i.company.phone or "",
            str(i.count),
            _human_size(i.total_size),
        ]
        for i in infos
    ]
    for line in _table(headers, rows, right=frozenset({0, 5, 6})):
        _out(line)
    return EXIT_OK


def _cmd_company_edit(vault: Vault, args: argparse.Namespace) -> int:
    # Only the options given change; an empty value ("--email ''") clears that field.
    changes = {key: getattr(args, key) for key in ("name", "nit", "email", "phone", "notes") if getattr(args, key) is not None}
    if not changes:
        raise UsageError(
            t(
                "No hay nada que cambiar: use --name, --nit, --email, --phone o --notes.",
                "Nothing to change: give --name, --nit, --email, --phone or --notes.",
            )
        )
    company = vault.edit_company(args.company, **changes)
    _out(t(f"Empresa {company.id} actualizada: {company.name}", f"Company {company.id} updated: {company.name}"))
    return EXIT_OK


def _cmd_company_remove(vault: Vault, args: argparse.Namespace) -> int:
    company = vault.company(args.company)
    count, _size = vault.company_totals(company.id)
    vault.remove_company(company.id, with_files=args.with_files)
    if count:
        _out(
            t(
                f"Empresa «{company.name}» eliminada; sus {count} archivo(s) están en la papelera hasta que se purguen.",
                f"Company “{company.name}” removed; its {count} file(s) are in the trash until purged.",
            )
        )
    else:
        _out(t(f"Empresa «{company.name}» eliminada.", f"Company “{company.name}” removed."))
    return EXIT_OK


def _cmd_company_required(vault: Vault, args: argparse.Namespace) -> int:
    """The papers a company must have: shown, or set to the types given (``--none``: no paper)."""
    company = vault.company(args.company)
    if args.none and args.types:
        raise UsageError(t("Indique tipos o --none, no ambos.", "Give types or --none, not both."))
    if args.types or args.none:
        vault.set_required_types(company.id, [_paper_type(vault, ref).id for ref in args.types])
    required = vault.required_types(company.id)
    if args.json:
        _print_json([{"id": tp.id, "name": tp.name, "code": tp.code} for tp in required])
    elif required:
        for tp in required:
            _out(tp.name)
    else:
        _err(t(f"«{company.name}» no tiene papeles obligatorios.", f"“{company.name}” has no required papers."))
    return EXIT_OK


def _add_company_commands(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    company = sub.add_parser("company", parents=[common], help=t("empresas cliente", "client companies"))
    csub = company.add_subparsers(dest="company_command", metavar="{add,list,edit,remove,required}", required=True)

    add = csub.add_parser(
        "add", parents=[common], help=t("agregar una empresa (imprime su número)", "add a company (prints its id)")
    )
    add.add_argument("name", metavar=t("NOMBRE", "NAME"), help=t("razón social", "legal name (razón social)"))
    add.add_argument(
        "--nit",
        help=t("NIT, con o sin dígito de verificación (800191045-1)", "NIT, with or without its check digit (800191045-1)"),
    )
    add.add_argument("--email")
    add.add_argument("--phone")
    add.add_argument("--notes")
    add.set_defaults(handler=_cmd_company_add)

    lst = csub.add_parser("list", parents=[common], help=t("listar las empresas", "list the companies"))
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_cmd_company_list)

    edit = csub.add_parser(
        "edit",
        parents=[common],
        help=t("cambiar datos de una empresa ('' borra un campo)", "change a company's details ('' clears a field)"),
    )
    edit.add_argument("company", metavar=t("EMPRESA", "COMPANY"), help=t("número o nombre exacto", "id or exact name"))
    for option in ("--name", "--nit", "--email", "--phone", "--notes"):
        edit.add_argument(option)
    edit.set_defaults(handler=_cmd_company_edit)

    remove = csub.add_parser("remove", parents=[common], help=t("eliminar una empresa", "remove a company"))
    remove.add_argument("company", metavar=t("EMPRESA", "COMPANY"), help=t("número o nombre exacto", "id or exact name"))
    remove.add_argument(
        "--with-files",
        action="store_true",
        help=t("también enviar sus archivos a la papelera", "also move its files to the trash"),
    )
    remove.set_defaults(handler=_cmd_company_remove)

    required = csub.add_parser("required", parents=[common], help=t(
        "los papeles que una empresa debe tener: verlos, o cambiarlos por los tipos indicados",
        "the papers a company must have: see them, or set them to the types given"))
    required.add_argument("company", metavar=t("EMPRESA", "COMPANY"), help=t("número o nombre exacto", "id or exact name"))
    required.add_argument("types", nargs="*", metavar=t("TIPO", "TYPE"), help=t(
        "nombre o número de cada tipo (vea «clientvault types list»)", "each type's name or id (see “clientvault "
        "types list”)"))
    required.add_argument("--none", action="store_true", help=t("ningún papel obligatorio", "no required paper"))
    required.add_argument("--json", action="store_true")
    required.set_defaults(handler=_cmd_company_required)
