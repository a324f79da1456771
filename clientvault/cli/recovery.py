"""``clientvault rebuild``, ``accept`` and ``backups``: getting a vault back when something went wrong.

``rebuild`` and ``backups restore`` run where the vault cannot be opened (its catalog lost,
damaged or another vault's), so they get the data folder, not an open vault.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from clientvault.cli.common import EXIT_FAILED, EXIT_OK, SubParsers, _doc_id
from clientvault.cli.output import _err, _out
from clientvault.core import errors
from clientvault.core.i18n import t
from clientvault.core.vault import Vault, backups_of, rebuild_catalog, restore_backup


def _cmd_rebuild(root: Path, args: argparse.Namespace) -> int:
    if not (root / "companies").is_dir():
        raise errors.NotFound(t(f"{root} no tiene carpeta companies: no hay nada a partir de qué reconstruir.",
                                f"{root} has no companies folder: there is nothing to rebuild from."))
    if not args.force:
        try:
            Vault(root).close()
        except (errors.CatalogMissing, errors.DatabaseDamaged):
            pass  # what rebuild is for
        else:
            raise errors.VaultError(t(
                "La base de datos de esta carpeta de datos abre bien: reconstruirla perdería los tipos de documento, los "
                "vencimientos, el historial de envíos y la configuración del correo. No se cambió nada; si de "
                "verdad quiere reconstruirla, agregue --force.",
                "This vault's database opens fine: rebuilding it would lose the document types, expiry dates, the "
                "e-mail history and the mail settings. Nothing was changed; if you really want to rebuild it, add "
                "--force."))
    report = rebuild_catalog(root)
    if report.set_aside is not None:
        _err(t(f"La base de datos anterior se guardó como {report.set_aside.name}.",
               f"The previous database was kept as {report.set_aside.name}."))
    for line in report.skipped:
        _err(line)
    _out(t(f"Reconstruida: {report.companies} empresa(s), {report.documents} archivo(s) y {report.trashed} en la "
           "papelera. Los tipos de documento, los vencimientos y el historial de envíos no están en las carpetas: "
           "si tiene una copia de seguridad reciente, «clientvault backups restore» los recupera.",
           f"Rebuilt: {report.companies} company(ies), {report.documents} file(s) and {report.trashed} in the trash. "
           "Document types, expiry dates and the e-mail history are not in the folders: if you have a recent "
           "backup, “clientvault backups restore” brings them back."))
    return EXIT_OK


def _cmd_accept(vault: Vault, args: argparse.Namespace) -> int:
    doc = vault.accept_current(args.doc)
    _out(t(f"Se aceptó el contenido actual de «{doc.filename}».", f"The current content of “{doc.filename}” was accepted."))
    return EXIT_OK


def _cmd_backups(root: Path, args: argparse.Namespace) -> int:
    found = backups_of(root)
    if args.backups_command == "restore":
        chosen = None
        if args.name:
            chosen = next((p for p in found if p.name == args.name), None)
            if chosen is None:
                raise errors.NotFound(t(f"No hay una copia llamada «{args.name}». Véalas con «clientvault backups».",
                                        f"There is no backup named “{args.name}”. List them with “clientvault backups”."))
        used, aside = restore_backup(root, chosen)
        if aside is not None:
            _err(t(f"La base de datos que había se guardó como {aside.name}.",
                   f"The database that was there was kept as {aside.name}."))
        _out(t(f"Se restauró la copia {used.name}. Ejecute «clientvault verify --repair» para poner al día lo que "
               "cambió después de ella.",
               f"The backup {used.name} was restored. Run “clientvault verify --repair” to bring in what changed "
               "after it."))
        return EXIT_OK
    if not found:
        _err(t("Todavía no hay copias de seguridad: se hace una al abrir sus archivos cada día y antes de cada reparación.",
               "There are no backups yet: one is made when the vault is opened each day and before every repair."))
        return EXIT_FAILED
    from clientvault.core.values import describe_backup

    for path in found:
        _out(describe_backup(path))
    return EXIT_OK


def _add_recovery_commands(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    rebuild = sub.add_parser("rebuild", parents=[common], help=t(
        "reconstruir la base de datos a partir de las carpetas de las empresas",
        "rebuild the database from the companies' folders"))
    rebuild.add_argument("--force", action="store_true", help=t(
        "reconstruir aunque la base de datos abra bien (pierde tipos, vencimientos e historial)",
        "rebuild even when the database opens fine (loses types, expiry dates and history)"))
    rebuild.set_defaults(handler=_cmd_rebuild, needs_vault=False)
    accept = sub.add_parser("accept", parents=[common], help=t(
        "aceptar el contenido actual de un archivo que cambió fuera de ClientVault",
        "accept the current content of a file changed outside ClientVault"))
    accept.add_argument("doc", type=_doc_id, metavar="DOC")
    accept.set_defaults(handler=_cmd_accept)
    backups = sub.add_parser("backups", parents=[common], help=t("copias de seguridad de la base de datos",
                                                                 "backups of the database"))
    backups.set_defaults(handler=_cmd_backups, needs_vault=False, backups_command=None)
    bsub = backups.add_subparsers(dest="backups_command", metavar=t("ACCIÓN", "ACTION"))
    restore = bsub.add_parser("restore", parents=[common], help=t(
        "volver a una copia (la más reciente, o la nombrada)", "go back to a backup (the newest, or the one named)"))
    restore.add_argument("name", nargs="?", metavar=t("NOMBRE", "NAME"))
