"""``clientvault export`` and ``verify``: the vault as a whole."""

from __future__ import annotations

import argparse

from clientvault.cli.common import EXIT_FAILED, EXIT_OK, SubParsers
from clientvault.cli.output import _err, _out, _print_json
from clientvault.core.i18n import t
from clientvault.core.vault import Vault


def _cmd_export(vault: Vault, args: argparse.Namespace) -> int:
    count = vault.export_company(args.company, args.zipfile, overwrite=args.overwrite)
    _out(t(f"{count} archivo(s) exportados a {args.zipfile}", f"{count} file(s) exported to {args.zipfile}"))
    return EXIT_OK


def _cmd_verify(vault: Vault, args: argparse.Namespace) -> int:
    report = vault.verify(repair=args.repair)
    if args.json:
        problems = [
            {
                "kind": p.kind,
                "path": str(p.path),
                "message": p.message,
                "document_id": p.document_id,
                "repaired": p.repaired,
                "action": p.action,
            }
            for p in report.problems
        ]
        _print_json({"consistent": report.consistent, "documents_checked": report.documents_checked, "problems": problems})
    else:
        for p in report.problems:
            _out(f"- {p.message}" + (f"  [{t('reparado', 'repaired')}: {p.action}]" if p.repaired else ""))
    return _verify_verdict(report.consistent, sum(not p.repaired for p in report.problems), report.documents_checked, args.repair)


def _verify_verdict(consistent: bool, pending: int, checked: int, repaired: bool) -> int:
    if consistent:
        _err(
            t(
                f"Sus archivos están en orden ({checked} archivo(s) revisados).",
                f"The vault is consistent ({checked} file(s) checked).",
            )
        )
        return EXIT_OK
    if repaired:
        _err(
            t(
                f"{pending} problema(s) no se pudieron reparar solos (arriba, cada uno dice qué hacer). Un archivo "
                "que falta se recupera de su propia copia de los documentos; uno cambiado se acepta con "
                "«clientvault accept» si el contenido nuevo es el correcto; la base de datos de antes de reparar "
                "está en la carpeta backups.",
                f"{pending} problem(s) could not be repaired automatically (each one above says what to do). A "
                "missing file is brought back from your own copy of the documents; a changed one is accepted with "
                "“clientvault accept” if the new content is the right one; the database as it was before the repair "
                "is in the backups folder.",
            )
        )
    else:
        _err(
            t(
                f"{pending} problema(s) por resolver. Ejecute «clientvault verify --repair» para reparar "
                "lo que se pueda sin perder datos.",
                f"{pending} problem(s) to resolve. Run “clientvault verify --repair” to fix what can be fixed "
                "without losing data.",
            )
        )
    return EXIT_FAILED


def _add_maintenance_commands(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    export = sub.add_parser("export", parents=[common], help=t("exportar una empresa a un ZIP", "export a company to a ZIP"))
    export.add_argument("company", metavar=t("EMPRESA", "COMPANY"))
    export.add_argument(
        "zipfile", metavar=t("ARCHIVO_ZIP", "ZIPFILE"),
        help=t("el ZIP a crear, fuera de la carpeta de datos; solo usted podrá abrirlo en este equipo (0600)",
               "the ZIP to create, outside the data folder; only you can open it on this computer (0600)"),
    )
    export.add_argument(
        "--overwrite", action="store_true",
        help=t("reemplazar el archivo si ya existe", "replace the file if it already exists"),
    )
    export.set_defaults(handler=_cmd_export)

    verify = sub.add_parser(
        "verify", parents=[common], help=t("comparar la base de datos con los archivos", "check the vault against its files")
    )
    verify.add_argument("--repair", action="store_true", help=t("reparar sin perder datos", "repair without losing data"))
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(handler=_cmd_verify)
