"""A company's files: ``import``, ``list``, ``rename``, ``delete``, ``restore``, ``purge`` (``search`` is in finding.py)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from clientvault.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    SubParsers,
    UsageError,
    _days,
    _doc_id,
    _paper_type,
    _positive_int,
)
from clientvault.cli.output import _day, _document_cells, _document_headers, _document_rows, _err, _out, _print_json, _table
from clientvault.core import errors
from clientvault.core.i18n import t
from clientvault.core.values import TYPE_UNTYPED, Document
from clientvault.core.vault import SORT_KEYS, ImportResult, Vault, expand_paths


def _status_word(status: str) -> str:
    return {
        "imported": t("importado", "imported"),
        "duplicate": t("duplicado", "duplicate"),
        "refused": t("rechazado", "refused"),
    }[status]


def _import_row(result: ImportResult) -> dict[str, Any]:
    doc = result.document or result.existing
    return {
        "source": str(result.source),
        "status": result.status,
        "message": result.message,
        "id": doc.id if doc is not None else None,
        "filename": doc.filename if doc is not None else None,
    }


def _cmd_import(vault: Vault, args: argparse.Namespace) -> int:
    company = vault.company(args.company)
    files = expand_paths(args.files)
    if not files:
        raise errors.VaultError(
            t(
                "No se encontró ningún archivo admitido en lo indicado; no se importó nada.",
                "No supported file was found in what was given; nothing was imported.",
            )
        )
    results: list[ImportResult] = []

    def told(result: ImportResult) -> None:
        """Each line as soon as its file is final (its batch committed), flushed so that a person,
        or a script reading the pipe, sees "imported" only for what is in the vault."""
        results.append(result)
        if not args.json:
            line = f"{_status_word(result.status)}: {result.source}: {result.message}"
            if result.status == "refused":
                _err(line)
            else:
                _out(line)
                sys.stdout.flush()

    # One call for all the files, so their catalog writes are grouped in batches.
    summary = vault.import_files(company.id, files, keep_duplicates=args.keep_duplicates, on_result=told)
    results = summary.results
    if args.json:
        _print_json([_import_row(r) for r in results])
    return EXIT_FAILED if any(r.status == "refused" for r in results) else EXIT_OK


def _cmd_list(vault: Vault, args: argparse.Namespace) -> int:
    company = vault.company(args.company)
    doc_type = _type_filter(vault, args)
    docs = vault.list_documents(company.id, search=args.search, sort=args.sort, descending=args.desc, limit=args.limit,
                                trash=args.trash, doc_type=doc_type)
    if args.json:
        _print_json(_document_rows(vault, docs))
        return EXIT_OK
    if not docs:
        _err(_nothing_listed(company.name, args.search, args.trash) if doc_type is None else
             t(f"Ningún archivo de «{company.name}» es de ese tipo.", f"No file of “{company.name}” is of that type."))
        return EXIT_OK
    headers, cells = _document_headers(args.trash), [_document_cells(d) for d in docs]
    if any(d.document_type_id or d.period or d.expires_on for d in docs):
        # The paper columns only once some paper has them: a vault without types lists as it did.
        labels = {tp.id: tp.label for tp in vault.document_types()}
        headers += [t("Tipo", "Type"), t("Periodo", "Period"), t("Vence", "Expires")]
        for doc, row in zip(docs, cells, strict=True):
            row += [labels.get(doc.document_type_id or 0, ""), doc.period or "", _day(doc.expires_on) or ""]
    for line in _table(headers, cells, right=frozenset({0, 3})):
        _out(line)
    total = vault.count_documents(company.id, search=args.search, trash=args.trash, doc_type=doc_type)
    if total > len(docs):
        _err(
            t(
                f"Se muestran {len(docs)} de {total}; use --limit para ver más.",
                f"Showing {len(docs)} of {total}; use --limit to see more.",
            )
        )
    return EXIT_OK


def _type_filter(vault: Vault, args: argparse.Namespace) -> int | None:
    """``--type T`` as the listing's type filter (``--untyped``: those without a type)."""
    if args.untyped:
        return TYPE_UNTYPED
    return _paper_type(vault, args.type).id if args.type is not None else None


def _nothing_listed(company: str, search: str, trash: bool) -> str:
    if search:
        return t(f"Ningún archivo de «{company}» contiene «{search}».", f"No file of “{company}” contains “{search}”.")
    if trash:
        return t(f"La papelera de «{company}» está vacía.", f"The trash of “{company}” is empty.")
    return t(f"«{company}» aún no tiene archivos.", f"“{company}” has no files yet.")


def _cmd_rename(vault: Vault, args: argparse.Namespace) -> int:
    old = vault.document(args.doc).filename
    doc = vault.rename(args.doc, args.new_name)
    _out(t(f"«{old}» ahora se llama «{doc.filename}».", f"“{old}” is now named “{doc.filename}”."))
    return EXIT_OK


def _existing_documents(vault: Vault, ids: Sequence[int]) -> list[Document]:
    """Every id checked before anything changes, so a typo in the fifth id leaves the first four alone."""
    return [vault.document(i) for i in dict.fromkeys(ids)]


def _cmd_delete(vault: Vault, args: argparse.Namespace) -> int:
    docs = _existing_documents(vault, args.docs)
    for doc in docs:
        if doc.deleted_at is not None:
            _err(
                t(
                    f"«{doc.filename}» ({doc.id}) ya estaba en la papelera.",
                    f"“{doc.filename}” ({doc.id}) was already in the trash.",
                )
            )
    for doc in vault.delete([d.id for d in docs if d.deleted_at is None]):
        _out(t(f"«{doc.filename}» ({doc.id}) enviado a la papelera.", f"“{doc.filename}” ({doc.id}) moved to the trash."))
    return EXIT_OK


def _cmd_restore(vault: Vault, args: argparse.Namespace) -> int:
    docs = _existing_documents(vault, args.docs)
    for doc in docs:
        if doc.deleted_at is None:
            _err(t(f"«{doc.filename}» ({doc.id}) no está en la papelera.", f"“{doc.filename}” ({doc.id}) is not in the trash."))
    for doc in vault.restore([d.id for d in docs if d.deleted_at is not None]):
        _out(t(f"«{doc.filename}» ({doc.id}) restaurado.", f"“{doc.filename}” ({doc.id}) restored."))
    return EXIT_OK


def _cmd_purge(vault: Vault, args: argparse.Namespace) -> int:
    if args.docs:
        if args.older_than is not None:
            raise UsageError(t("Indique documentos o --older-than, no ambos.", "Give documents or --older-than, not both."))
        docs = _existing_documents(vault, args.docs)
        live = [d for d in docs if d.deleted_at is None]
        if live:
            # Purging cannot be undone: refuse the whole command rather than guess what was meant.
            names = ", ".join(f"«{d.filename}» ({d.id})" for d in live)
            raise errors.VaultError(
                t(
                    f"No están en la papelera: {names}. Elimínelos primero; no se purgó nada.",
                    f"Not in the trash: {names}. Delete them first; nothing was purged.",
                )
            )
        count = vault.purge(doc_ids=[d.id for d in docs])
    else:
        count = vault.purge(older_than_days=30 if args.older_than is None else args.older_than)
    _out(t(f"{count} archivo(s) eliminados definitivamente.", f"{count} file(s) purged for good."))
    return EXIT_OK


def _add_document_commands(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    company_help = t("número o nombre exacto de la empresa", "company id or exact name")
    imp = sub.add_parser("import", parents=[common], help=t("importar archivos o carpetas", "import files or folders"))
    imp.add_argument("company", metavar=t("EMPRESA", "COMPANY"), help=company_help)
    imp.add_argument("files", metavar=t("ARCHIVO", "FILE"), nargs="+")
    imp.add_argument(
        "--keep-duplicates", action="store_true", help=t("guardar también lo que ya está", "keep files already in the vault too")
    )
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=_cmd_import)

    lst = sub.add_parser("list", parents=[common], help=t("listar los archivos de una empresa", "list a company's files"))
    lst.add_argument("company", metavar=t("EMPRESA", "COMPANY"), help=company_help)
    lst.add_argument("--search", default="", metavar=t("TEXTO", "TEXT"))
    lst.add_argument("--sort", choices=SORT_KEYS, default="name")
    lst.add_argument("--desc", action="store_true")
    lst.add_argument("--trash", action="store_true", help=t("listar la papelera", "list the trash"))
    lst.add_argument("--limit", type=_positive_int, metavar="N")
    which = lst.add_mutually_exclusive_group()
    which.add_argument("--type", metavar=t("TIPO", "TYPE"), help=t(
        "solo los documentos de este tipo (nombre o número; vea «clientvault types list»)",
        "only the papers of this type (name or id; see “clientvault types list”)"))
    which.add_argument("--untyped", action="store_true", help=t("solo los que no tienen tipo", "only those without a type"))
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_cmd_list)

    rename = sub.add_parser("rename", parents=[common], help=t("cambiar el nombre de un archivo", "rename a file"))
    rename.add_argument("doc", type=_doc_id, metavar="DOC")
    rename.add_argument("new_name", metavar=t("NOMBRE_NUEVO", "NEW_NAME"))
    rename.set_defaults(handler=_cmd_rename)

    for name, handler, text in (
        ("delete", _cmd_delete, t("enviar archivos a la papelera", "move files to the trash")),
        ("restore", _cmd_restore, t("sacar archivos de la papelera", "bring files back from the trash")),
    ):
        cmd = sub.add_parser(name, parents=[common], help=text)
        cmd.add_argument("docs", type=_doc_id, nargs="+", metavar="DOC")
        cmd.set_defaults(handler=handler)

    purge = sub.add_parser(
        "purge", parents=[common], help=t("vaciar la papelera (sin vuelta atrás)", "empty the trash (cannot be undone)")
    )
    purge.add_argument("docs", type=_doc_id, nargs="*", metavar="DOC")
    purge.add_argument("--older-than", type=_days, metavar=t("DÍAS", "DAYS"), help=t("por omisión 30", "default 30"))
    purge.set_defaults(handler=_cmd_purge)
