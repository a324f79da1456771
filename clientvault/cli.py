"""The ``clientvault`` command: the scripting face of the vault library, and the window's launcher.

With no subcommand it opens the window. The window (and so Qt) is imported only then, inside
``main()``, so the headless subcommands start fast and work on a machine without a screen.

Conventions every subcommand follows, so scripts can rely on them:

- exit 0 on success, 1 when the vault refused or something failed (the reason on stderr, in the UI
  language), 2 for a command typed wrong (argparse's usage errors), 130 when interrupted;
- stdout carries only results (``--json`` where a command lists things); explanations, refusals
  and hints go to stderr;
- one vault is opened per command and closed at the end, whatever happens.

Expected errors (``VaultError``) become a message, never a traceback. Unexpected exceptions still
propagate: a later issue sends them to a crash log.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from clientvault import APP_NAME, __version__, paths
from clientvault.core import errors
from clientvault.core.filetypes import label_for
from clientvault.core.i18n import SUPPORTED, t
from clientvault.core.models import Document
from clientvault.core.vault import SORT_KEYS, ImportResult, Vault, expand_paths

LANG_ENV = "CLIENTVAULT_LANG"
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

Handler = Callable[[Vault, argparse.Namespace], int]


class UsageError(Exception):
    """A command that parsed but makes no sense (e.g. ``company edit`` with nothing to change): exit 2."""


# -- output ----------------------------------------------------------------------------------------


def _out(text: str = "") -> None:
    print(text, file=sys.stdout)


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def _print_json(data: object) -> None:
    # ensure_ascii=False: company and file names are Spanish; "Resolución" must stay readable.
    _out(json.dumps(data, ensure_ascii=False, indent=2))


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]], right: frozenset[int] = frozenset()) -> list[str]:
    """Aligned columns for people reading a terminal; numbers (the ``right`` columns) align right."""
    body = [list(r) for r in rows]
    widths = [max([len(h), *(len(r[i]) for r in body)]) for i, h in enumerate(headers)]

    def line(cells: Sequence[str]) -> str:
        parts = [c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True))]
        return "  ".join(parts).rstrip()

    return [line(headers)] + [line(r) for r in body]


def _human_size(size: int) -> str:
    """1.5 MB in English, 1,5 MB in Spanish: sizes follow the UI language's decimal mark."""
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            text = f"{int(value)} {unit}" if unit == "B" else f"{value:.1f} {unit}"
            return t(text.replace(".", ","), text)
        value /= 1024
    raise AssertionError("unreachable")


def _iso(moment: datetime | None) -> str | None:
    """ISO 8601 with its zone: the database keeps naive UTC, and a script must not guess that."""
    return moment.replace(tzinfo=UTC).isoformat(timespec="seconds") if moment is not None else None


def _local(moment: datetime | None) -> str:
    """A person reads times in their own time zone, to the minute."""
    return moment.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M") if moment is not None else ""


def _document_row(doc: Document) -> dict[str, Any]:
    """A document as JSON: names per DESIGN.md, ``format`` the stable kind code (pdf, xlsx, jpeg...)."""
    row: dict[str, Any] = {
        "id": doc.id,
        "company_id": doc.company_id,
        "filename": doc.filename,
        "original_filename": doc.original_filename,
        "title": doc.title,
        "format": doc.format_code,
        "mime_type": doc.mime_type,
        "size": doc.size,
        "added": _iso(doc.added),
        "modified": _iso(doc.modified),
        "checksum": doc.checksum,
    }
    if doc.deleted_at is not None:
        row["deleted_at"] = _iso(doc.deleted_at)
    return row


def _document_cells(doc: Document) -> list[str]:
    when = doc.deleted_at if doc.deleted_at is not None else doc.added
    return [str(doc.id), doc.filename, label_for(doc.format_code), _human_size(doc.size), _local(when)]


def _document_headers(trash: bool) -> list[str]:
    return [
        "ID",
        t("Nombre", "Name"),
        t("Formato", "Format"),
        t("Tamaño", "Size"),
        t("Eliminado", "Deleted") if trash else t("Agregado", "Added"),
    ]


# -- companies -------------------------------------------------------------------------------------


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


# -- import ----------------------------------------------------------------------------------------


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
    for src in files:  # one file at a time, so a person sees each line as it happens
        result = vault.import_files(company.id, [src], keep_duplicates=args.keep_duplicates).results[0]
        results.append(result)
        if not args.json:
            line = f"{_status_word(result.status)}: {result.source}: {result.message}"
            if result.status == "refused":
                _err(line)
            else:
                _out(line)
    if args.json:
        _print_json([_import_row(r) for r in results])
    return EXIT_FAILED if any(r.status == "refused" for r in results) else EXIT_OK


# -- documents -------------------------------------------------------------------------------------


def _cmd_list(vault: Vault, args: argparse.Namespace) -> int:
    company = vault.company(args.company)
    docs = vault.list_documents(
        company.id, search=args.search, sort=args.sort, descending=args.desc, limit=args.limit, trash=args.trash
    )
    if args.json:
        _print_json([_document_row(d) for d in docs])
        return EXIT_OK
    if not docs:
        _err(_nothing_listed(company.name, args.search, args.trash))
        return EXIT_OK
    for line in _table(_document_headers(args.trash), [_document_cells(d) for d in docs], right=frozenset({0, 3})):
        _out(line)
    total = vault.count_documents(company.id, search=args.search, trash=args.trash)
    if total > len(docs):
        _err(
            t(
                f"Se muestran {len(docs)} de {total}; use --limit para ver más.",
                f"Showing {len(docs)} of {total}; use --limit to see more.",
            )
        )
    return EXIT_OK


def _nothing_listed(company: str, search: str, trash: bool) -> str:
    if search:
        return t(f"Ningún archivo de «{company}» contiene «{search}».", f"No file of “{company}” contains “{search}”.")
    if trash:
        return t(f"La papelera de «{company}» está vacía.", f"The trash of “{company}” is empty.")
    return t(f"«{company}» aún no tiene archivos.", f"“{company}” has no files yet.")


def _cmd_search(vault: Vault, args: argparse.Namespace) -> int:
    company_id = vault.company(args.company).id if args.company is not None else None
    docs = vault.search(args.text, company_id=company_id, limit=args.limit)
    if args.json:
        _print_json([{**_document_row(d), "company": d.company.name} for d in docs])
        return EXIT_OK
    if not docs:
        _err(t(f"Ningún archivo contiene «{args.text}».", f"No file contains “{args.text}”."))
        return EXIT_OK
    headers = [_document_headers(False)[0], t("Empresa", "Company"), *_document_headers(False)[1:]]
    rows = []
    for doc in docs:
        doc_id, *rest = _document_cells(doc)
        rows.append([doc_id, doc.company.name, *rest])
    for line in _table(headers, rows, right=frozenset({0, 4})):
        _out(line)
    return EXIT_OK


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


# -- maintenance -----------------------------------------------------------------------------------


def _cmd_export(vault: Vault, args: argparse.Namespace) -> int:
    from clientvault.core.maintenance import export_company

    count = export_company(vault, args.company, args.zipfile)
    _out(t(f"{count} archivo(s) exportados a {args.zipfile}", f"{count} file(s) exported to {args.zipfile}"))
    return EXIT_OK


def _cmd_verify(vault: Vault, args: argparse.Namespace) -> int:
    from clientvault.core.maintenance import verify

    report = verify(vault, repair=args.repair)
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
                f"La bóveda está en orden ({checked} archivo(s) revisados).",
                f"The vault is consistent ({checked} file(s) checked).",
            )
        )
        return EXIT_OK
    if repaired:
        _err(
            t(
                f"{pending} problema(s) no se pudieron reparar solos; revíselos arriba.",
                f"{pending} problem(s) could not be repaired automatically; see above.",
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


# -- mail ------------------------------------------------------------------------------------------

PASSWORD_ENV = "CLIENTVAULT_SMTP_PASSWORD"
_MAIL_FIELDS = ("sender_name", "sender_address", "host", "port", "security", "username", "size_limit_mb", "timeout", "ca_file")


def _smtp_password(settings: Any, from_stdin: bool) -> str | None:
    """--password-stdin, then $CLIENTVAULT_SMTP_PASSWORD, then the keyring; never a command-line argument
    (it would show in the process list and the shell history)."""
    from clientvault.core import mail_settings

    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    password = mail_settings.load_password(settings)
    if password is None and settings.username:
        why = mail_settings.keyring_problem() or t(
            "No hay contraseña guardada en el llavero.", "No password is saved in the keyring."
        )
        raise errors.VaultError(
            why
            + " "
            + t(
                f"Pásela con --password-stdin o en la variable {PASSWORD_ENV}.",
                f"Give it with --password-stdin or in the {PASSWORD_ENV} variable.",
            )
        )
    return password


def _cmd_mail_settings(vault: Vault, args: argparse.Namespace) -> int:
    from clientvault.core import mail, mail_settings

    settings = mail_settings.load_settings()
    if args.preset:
        settings.host, settings.port, settings.security = mail.PRESETS[args.preset]
    changes = {key: getattr(args, key) for key in _MAIL_FIELDS if getattr(args, key) is not None}
    for key, value in changes.items():
        setattr(settings, key, value)
    if changes or args.preset:
        if settings.sender_address:
            mail.parse_addresses(settings.sender_address, t("Remitente", "Sender"))
        mail.refuse_line_breaks(settings.sender_name, t("Nombre del remitente", "Sender name"))
        mail_settings.save_settings(settings)
    if args.password_stdin:
        mail_settings.store_password(settings, _smtp_password(settings, True) or "")
    stored = mail_settings.load_password(settings) is not None
    values = {key: getattr(settings, key) for key in _MAIL_FIELDS}
    if args.json:
        _print_json({**values, "password_in_keyring": stored})
        return EXIT_OK
    for key, value in values.items():
        _out(f"{key}: {value}")
    where = t("guardada en el llavero", "in the keyring") if stored else t("no guardada", "not saved")
    _out(t("contraseña: ", "password: ") + where)
    problem = mail_settings.keyring_problem()
    if problem:
        _err(problem)
    return EXIT_OK


def _report_mail_error(exc: Any) -> int:
    _err(exc.full_text())
    return EXIT_FAILED


def _cmd_mail_test(vault: Vault, args: argparse.Namespace) -> int:
    from clientvault.core import mail_settings, outbox
    from clientvault.core.mail import MailError

    settings = mail_settings.load_settings()
    try:
        outbox.send_test(settings, _smtp_password(settings, args.password_stdin), to=args.to or "")
    except MailError as exc:
        return _report_mail_error(exc)
    to = args.to or settings.sender_address
    _out(t(f"Correo de prueba enviado a {to}.", f"Test message sent to {to}."))
    return EXIT_OK


def _cmd_mail_history(vault: Vault, args: argparse.Namespace) -> int:
    from clientvault.core import outbox

    company_id = vault.company(args.company).id if args.company is not None else None
    rows = outbox.history(company_id=company_id, document_id=args.doc)
    if args.json:
        _print_json([{"sent_at": _iso(r.sent_at), "company": r.company_name, "to": r.to_addrs, "cc": r.cc_addrs,
                      "subject": r.subject, "success": r.success, "error": r.error,
                      "files": [{"document_id": f.document_id, "filename": f.filename, "size": f.size} for f in r.files]}
                     for r in rows])
        return EXIT_OK
    if not rows:
        _err(t("No hay envíos registrados.", "No e-mails recorded."))
        return EXIT_OK
    headers = [t("Fecha", "When"), t("Para", "To"), t("Asunto", "Subject"), t("Archivos", "Files"), t("Resultado", "Result")]
    cells = [[_local(r.sent_at), r.to_addrs, r.subject, str(len(r.files)),
              t("enviado", "sent") if r.success else t("no enviado: ", "not sent: ") + r.error.splitlines()[0]] for r in rows]
    for line in _table(headers, cells, right=frozenset({3})):
        _out(line)
    return EXIT_OK


def _cmd_send(vault: Vault, args: argparse.Namespace) -> int:
    from clientvault.core import mail_settings, outbox
    from clientvault.core.mail import MailError

    docs = _existing_documents(vault, args.docs)
    trashed = [d for d in docs if d.deleted_at is not None]
    if trashed:
        raise errors.VaultError(t(f"«{trashed[0].filename}» está en la papelera; restáurelo antes de enviarlo.",
                                  f"“{trashed[0].filename}” is in the trash; restore it before sending it."))
    if len({d.company_id for d in docs}) > 1:
        raise errors.VaultError(t("Los documentos de un correo deben ser de una sola empresa.",
                                  "The documents of one e-mail must belong to one company."))
    settings = mail_settings.load_settings()
    if not mail_settings.is_configured(settings):
        raise errors.VaultError(t("El correo no está configurado. Use: clientvault mail settings --host ... --sender-address ...",
                                  "E-mail is not set up. Use: clientvault mail settings --host ... --sender-address ..."))
    company = docs[0].company
    to = args.to or company.email or ""
    subject, body = mail_settings.load_template().render(company.name, [d.filename for d in docs],
                                                         settings.sender_name or settings.sender_address)
    draft = outbox.Draft(to=to, cc=args.cc or "", subject=args.subject if args.subject is not None else subject,
                         body=args.message if args.message is not None else body, document_ids=[d.id for d in docs])
    try:
        outbox.send_documents(vault, settings, _smtp_password(settings, args.password_stdin), draft)
    except MailError as exc:
        return _report_mail_error(exc)
    _out(t(f"Enviado a {to}: {len(docs)} archivo(s).", f"Sent to {to}: {len(docs)} file(s)."))
    return EXIT_OK


def _add_mail_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    stdin_help = t("leer la contraseña de la entrada estándar", "read the password from standard input")
    mail = sub.add_parser("mail", parents=[common], help=t("configuración e historial de correo", "e-mail settings and history"))
    msub = mail.add_subparsers(dest="mail_command", metavar="{settings,test,history}", required=True)
    settings = msub.add_parser("settings", parents=[common], help=t("ver o cambiar el servidor de correo",
                                                                     "show or change the mail server"))
    settings.add_argument("--preset", choices=["gmail", "outlook"])
    settings.add_argument("--sender-name")
    settings.add_argument("--sender-address")
    settings.add_argument("--host")
    settings.add_argument("--port", type=_positive_int)
    settings.add_argument("--security", choices=["starttls", "ssl", "none"])
    settings.add_argument("--user", dest="username")
    settings.add_argument("--size-limit", dest="size_limit_mb", type=_positive_int, metavar="MB")
    settings.add_argument("--timeout", type=_positive_int, metavar=t("SEGUNDOS", "SECONDS"))
    settings.add_argument("--ca-file", metavar=t("ARCHIVO", "FILE"),
                          help=t("autoridad de certificados adicional (servidor propio)",
                                 "extra certificate authority (own server)"))
    settings.add_argument("--password-stdin", action="store_true", help=t("guardar en el llavero la contraseña leída de la "
                                                                          "entrada estándar", "store the password read from "
                                                                          "standard input in the keyring"))
    settings.add_argument("--json", action="store_true")
    settings.set_defaults(handler=_cmd_mail_settings)
    test = msub.add_parser("test", parents=[common], help=t("enviar un correo de prueba", "send a test e-mail"))
    test.add_argument("--to", help=t("por omisión, el remitente", "default: the sender"))
    test.add_argument("--password-stdin", action="store_true", help=stdin_help)
    test.set_defaults(handler=_cmd_mail_test)
    history = msub.add_parser("history", parents=[common], help=t("envíos registrados", "recorded e-mails"))
    history.add_argument("--company", metavar=t("EMPRESA", "COMPANY"))
    history.add_argument("--doc", type=_doc_id, metavar="DOC")
    history.add_argument("--json", action="store_true")
    history.set_defaults(handler=_cmd_mail_history)

    send = sub.add_parser("send", parents=[common], help=t("enviar documentos por correo", "send documents by e-mail"))
    send.add_argument("docs", type=_doc_id, nargs="+", metavar="DOC")
    send.add_argument("--to", metavar=t("DIRECCIÓN", "ADDR"), help=t("por omisión, el correo de la empresa",
                                                                     "default: the company's e-mail"))
    send.add_argument("--cc", metavar=t("DIRECCIÓN", "ADDR"))
    send.add_argument("--subject", metavar=t("ASUNTO", "SUBJECT"))
    send.add_argument("--message", metavar=t("TEXTO", "TEXT"))
    send.add_argument("--password-stdin", action="store_true", help=stdin_help)
    send.set_defaults(handler=_cmd_send)


# -- the parser ------------------------------------------------------------------------------------


def _positive_int(text: str) -> int:
    value = int(text) if text.strip().isdigit() else 0
    if value < 1:
        raise argparse.ArgumentTypeError(
            t(f"se esperaba un número entero positivo, no «{text}»", f"expected a positive whole number, not “{text}”")
        )
    return value


MAX_DAYS = 36500  # a century; beyond it the cut-off date would fall outside what datetime can hold


def _days(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= MAX_DAYS:  # also refuses NaN and infinity
        raise argparse.ArgumentTypeError(
            t(
                f"se esperaba un número de días entre 0 y {MAX_DAYS}, no «{text}»",
                f"expected a number of days from 0 to {MAX_DAYS}, not “{text}”",
            )
        )
    return value


def _doc_id(text: str) -> int:
    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(t(f"«{text}» no es un número de documento", f"“{text}” is not a document number"))
    return int(text)


def _global_options(parser: argparse.ArgumentParser, default: Any) -> None:
    """--data-dir and --lang, accepted before or after the subcommand (people type them anywhere)."""
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help=t(
            "carpeta de la bóveda (por omisión $CLIENTVAULT_DATA_DIR o la carpeta de datos del usuario)",
            "vault folder (default: $CLIENTVAULT_DATA_DIR or the user data folder)",
        ),
    )
    parser.add_argument(
        "--lang", choices=SUPPORTED, default=default, help=t("idioma de los mensajes", "language of the messages")
    )


def _add_company_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    company = sub.add_parser("company", parents=[common], help=t("empresas cliente", "client companies"))
    csub = company.add_subparsers(dest="company_command", metavar="{add,list,edit,remove}", required=True)

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


def _add_document_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
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
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_cmd_list)

    search = sub.add_parser(
        "search", parents=[common], help=t("buscar por nombre en todas las empresas", "search by name across companies")
    )
    search.add_argument("text", metavar=t("TEXTO", "TEXT"))
    search.add_argument("--company", metavar=t("EMPRESA", "COMPANY"), help=company_help)
    search.add_argument("--limit", type=_positive_int, default=500, metavar="N")
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=_cmd_search)

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


def _add_maintenance_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    export = sub.add_parser("export", parents=[common], help=t("exportar una empresa a un ZIP", "export a company to a ZIP"))
    export.add_argument("company", metavar=t("EMPRESA", "COMPANY"))
    export.add_argument("zipfile", metavar=t("ARCHIVO_ZIP", "ZIPFILE"))
    export.set_defaults(handler=_cmd_export)

    verify = sub.add_parser(
        "verify", parents=[common], help=t("comparar la bóveda con sus archivos", "check the vault against its files")
    )
    verify.add_argument("--repair", action="store_true", help=t("reparar sin perder datos", "repair without losing data"))
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(handler=_cmd_verify)


def build_parser() -> argparse.ArgumentParser:
    """The whole command line. Built after the language is known, so ``--help`` speaks it too."""
    parser = argparse.ArgumentParser(
        prog="clientvault",
        description=t(
            f"{APP_NAME}: los documentos de cada empresa cliente. Sin subcomando abre la ventana.",
            f"{APP_NAME}: every client company's documents. With no subcommand it opens the window.",
        ),
        allow_abbrev=False,
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=t(
            "comprueba sin pantalla que el programa funciona (importar, vista previa, imprimir) y termina",
            "check without a screen that the program works (import, preview, print) and exit",
        ),
    )
    _global_options(parser, default=None)
    parser.set_defaults(handler=None)
    # In subcommands the defaults are SUPPRESS, so an option typed before the subcommand survives.
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, default=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar=t("SUBCOMANDO", "COMMAND"))
    _add_company_commands(sub, common)
    _add_document_commands(sub, common)
    _add_maintenance_commands(sub, common)
    _add_mail_commands(sub, common)
    return parser


# -- running ---------------------------------------------------------------------------------------


def _requested_language(argv: Sequence[str]) -> str | None:
    """``--lang`` read before the parser exists, so the parser's own help and errors use it."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        value: str | None = None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        if value in SUPPORTED:
            return value
    return None


@contextlib.contextmanager
def _language(code: str | None) -> Iterator[None]:
    """Force the UI language for this command only.

    ``i18n.set_language`` is the settings-level choice, which ``CLIENTVAULT_LANG`` outranks; a flag
    typed on this very command must outrank both, so it goes into the variable, and the old value
    comes back afterwards (``main()`` also runs in-process, in tests and scripts).
    """
    if code is None:
        yield
        return
    old = os.environ.get(LANG_ENV)
    os.environ[LANG_ENV] = code
    try:
        yield
    finally:
        if old is None:
            os.environ.pop(LANG_ENV, None)
        else:
            os.environ[LANG_ENV] = old


def _open_vault(override: str | None) -> Vault:
    folder = paths.data_dir(override)
    try:
        return Vault(folder)
    except OSError as exc:
        raise errors.StorageError(
            t(
                f"No se pudo abrir la bóveda en {folder}: {exc.strerror or exc}. Revise la carpeta y sus permisos.",
                f"Could not open the vault in {folder}: {exc.strerror or exc}. Check the folder and its permissions.",
            )
        ) from exc


def _run_command(handler: Handler, args: argparse.Namespace) -> int:
    vault = _open_vault(args.data_dir)
    try:
        return handler(vault, args)
    finally:
        vault.close()


def _silence_stdout() -> None:
    """The reader of our output went away (``| head``): point stdout at devnull so Python's final
    flush does not print a second error about the same closed pipe."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _exit_code(exc: SystemExit) -> int:
    return exc.code if isinstance(exc.code, int) else (EXIT_OK if exc.code is None else EXIT_USAGE)


def _split_files(argv: list[str]) -> tuple[list[str], list[str]]:
    """``clientvault FILE...`` (how file managers run "Open with ClientVault") opens the window and
    offers to import the files: existing paths that are not a subcommand are taken as files."""
    commands = {"company", "import", "list", "search", "rename", "delete", "restore", "purge", "export", "verify",
                "mail", "send"}
    options: list[str] = []
    files: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in commands:
            return argv, []  # a subcommand: its own arguments are not files to open
        if arg in ("--data-dir", "--lang") and i + 1 < len(argv):
            options += argv[i:i + 2]
            i += 2
            continue
        if not arg.startswith("-") and os.path.exists(arg):
            files.append(arg)
        else:
            options.append(arg)
        i += 1
    return options, files


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``clientvault`` command and of ``python -m clientvault``; returns the exit code."""
    args_in = list(sys.argv[1:] if argv is None else argv)
    args_in, files = _split_files(args_in)
    with _language(_requested_language(args_in)):
        parser = build_parser()
        try:
            args = parser.parse_args(args_in)
        except SystemExit as exc:  # --help, --version and usage errors: argparse already printed
            return _exit_code(exc)
        if args.self_test:
            from clientvault.selftest import run_self_test

            return run_self_test()
        if args.handler is None:
            from clientvault.app import run  # Qt is loaded only for the window

            return run(paths.data_dir(args.data_dir), files)
        try:
            return _run_command(args.handler, args)
        except errors.VaultError as exc:
            _err(exc.message)
            return EXIT_FAILED
        except UsageError as exc:
            # The same shape as argparse's own usage errors, naming the subcommand.
            command = " ".join(c for c in (args.command, getattr(args, "company_command", None),
                                           getattr(args, "mail_command", None)) if c)
            _err(f"{parser.prog} {command}: error: {exc}")
            return EXIT_USAGE
        except KeyboardInterrupt:
            # Every import and move is atomic per file: what finished stays, nothing is half-written.
            _err(t("Interrumpido.", "Interrupted."))
            return EXIT_INTERRUPTED
        except BrokenPipeError:
            _silence_stdout()
            return EXIT_FAILED
