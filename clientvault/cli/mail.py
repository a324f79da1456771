"""``clientvault mail settings|test|history`` and ``send``. The mail modules load only when one runs."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from clientvault.cli.common import EXIT_FAILED, EXIT_OK, SubParsers, _doc_id, _positive_int
from clientvault.cli.documents import _existing_documents
from clientvault.cli.output import _err, _iso, _local, _out, _print_json, _table
from clientvault.core import errors
from clientvault.core.i18n import t
from clientvault.core.vault import Vault

PASSWORD_ENV = "CLIENTVAULT_SMTP_PASSWORD"
_MAIL_FIELDS = ("sender_name", "sender_address", "host", "port", "security", "username", "size_limit_mb", "timeout", "ca_file")


def _smtp_password(vault: Vault, settings: Any, from_stdin: bool) -> str | None:
    """--password-stdin, then $CLIENTVAULT_SMTP_PASSWORD, then the keyring; never a command-line argument
    (it would show in the process list and the shell history)."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    password = vault.mail.load_password(settings)
    if password is None and settings.username:
        why = vault.mail.keyring_problem() or t(
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
    from clientvault.core.values import PRESETS

    settings = vault.mail.settings()
    if args.preset:
        settings.host, settings.port, settings.security = PRESETS[args.preset]
    changes = {key: getattr(args, key) for key in _MAIL_FIELDS if getattr(args, key) is not None}
    for key, value in changes.items():
        setattr(settings, key, value)
    if changes or args.preset:
        vault.mail.save_settings(settings)
    if args.password_stdin:
        vault.mail.store_password(settings, _smtp_password(vault, settings, True) or "")
    stored = vault.mail.load_password(settings) is not None
    values = {key: getattr(settings, key) for key in _MAIL_FIELDS}
    if args.json:
        _print_json({**values, "password_in_keyring": stored})
        return EXIT_OK
    for key, value in values.items():
        _out(f"{key}: {value}")
    where = t("guardada en el llavero", "in the keyring") if stored else t("no guardada", "not saved")
    _out(t("contraseña: ", "password: ") + where)
    problem = vault.mail.keyring_problem()
    if problem:
        _err(problem)
    return EXIT_OK


def _report_mail_error(exc: Any) -> int:
    _err(exc.full_text())
    return EXIT_FAILED


def _cmd_mail_test(vault: Vault, args: argparse.Namespace) -> int:
    settings = vault.mail.settings()
    try:
        vault.mail.send_test(settings, _smtp_password(vault, settings, args.password_stdin), to=args.to or "")
    except errors.MailError as exc:
        return _report_mail_error(exc)
    to = args.to or settings.sender_address
    _out(t(f"Correo de prueba enviado a {to}.", f"Test message sent to {to}."))
    return EXIT_OK


def _cmd_mail_history(vault: Vault, args: argparse.Namespace) -> int:
    company_id = vault.company(args.company).id if args.company is not None else None
    rows = vault.mail.history(company_id=company_id, document_id=args.doc)
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
    from clientvault.core.values import Draft

    docs = _existing_documents(vault, args.docs)
    trashed = [d for d in docs if d.deleted_at is not None]
    if trashed:
        raise errors.VaultError(t(f"«{trashed[0].filename}» está en la papelera; restáurelo antes de enviarlo.",
                                  f"“{trashed[0].filename}” is in the trash; restore it before sending it."))
    if len({d.company_id for d in docs}) > 1:
        raise errors.VaultError(t("Los documentos de un correo deben ser de una sola empresa.",
                                  "The documents of one e-mail must belong to one company."))
    settings = vault.mail.settings()
    if not vault.mail.is_configured(settings):
        raise errors.VaultError(t("El correo no está configurado. Use: clientvault mail settings --host ... --sender-address ...",
                                  "E-mail is not set up. Use: clientvault mail settings --host ... --sender-address ..."))
    company = docs[0].company
    to = args.to or company.email or ""
    subject, body = vault.mail.template().render(company.name, [d.filename for d in docs],
                                                         settings.sender_name or settings.sender_address)
    draft = Draft(to=to, cc=args.cc or "", subject=args.subject if args.subject is not None else subject,
                         body=args.message if args.message is not None else body, document_ids=[d.id for d in docs])
    try:
        vault.mail.send_documents(settings, _smtp_password(vault, settings, args.password_stdin), draft)
    except errors.MailError as exc:
        return _report_mail_error(exc)
    _out(t(f"Enviado a {to}: {len(docs)} archivo(s).", f"Sent to {to}: {len(docs)} file(s)."))
    return EXIT_OK


def _add_mail_commands(sub: SubParsers, common: argparse.ArgumentParser) -> None:
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
