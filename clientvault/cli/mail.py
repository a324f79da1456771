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
_MAIL_FIELDS = ("sender_name", "sender_address", "host", "port", "security", "username", "size_limit_mb", "timeout", "ca_file",
                "allow_plain_password")


def _smtp_password(vault: Vault, settings: Any, from_stdin: bool) -> str | None:
    """--password-stdin, then $CLIENTVAULT_SMTP_PASSWORD, then the keyring; never a command-line argument
    (it would show in the process list and the shell history). None when there is none: the send then
    refuses, in the history too, and ``_report_mail_error`` says how to give one."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if vault.mail.refuses_plain_password(settings):
        return None  # it would be refused anyway: no need to read the keyring
    return vault.mail.load_password(settings)


def _password_hint(vault: Vault) -> str:
    why = vault.mail.keyring_problem() or t("No hay contraseña guardada en el llavero.", "No password is saved in the keyring.")
    return why + " " + t(f"Pásela con --password-stdin o en la variable {PASSWORD_ENV}.",
                         f"Give it with --password-stdin or in the {PASSWORD_ENV} variable.")


def _plain_password_note(settings: Any) -> str:
    """What `mail settings` says when the security is none and a user name is set."""
    if settings.security != "none" or not settings.username:
        return ""
    if settings.allow_plain_password:
        return t("Atención: con seguridad «none» la contraseña viaja sin cifrar y cualquiera en el camino puede leerla.",
                 "Warning: with security “none” the password travels unencrypted and anyone on the way can read it.")
    return t("Con seguridad «none» la contraseña viajaría sin cifrar, así que ClientVault no iniciará sesión: elija "
             "--security starttls o ssl, o, si el servidor está dentro de su oficina y acepta el riesgo, use "
             "--allow-plain-password.",
             "With security “none” the password would travel unencrypted, so ClientVault will not sign in: choose "
             "--security starttls or ssl, or, if the server is inside your office and you accept the risk, use "
             "--allow-plain-password.")


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
    if changes or args.preset:
        settings = vault.mail.settings()  # as saved (a consent to a password in clear only stays with "none")
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
    note = _plain_password_note(settings)
    if note:
        _err(note)
    return EXIT_OK


def _report_mail_error(vault: Vault, exc: Any) -> int:
    text = exc.full_text()
    if exc.kind == "password":
        text += " " + _password_hint(vault)
    elif exc.kind == "plain_password":
        text += " " + t("En la línea de órdenes: clientvault mail settings --allow-plain-password.",
                        "From the command line: clientvault mail settings --allow-plain-password.")
    _err(text)
    return EXIT_FAILED


def _settings_for_run(vault: Vault, args: argparse.Namespace) -> Any:
    """The saved settings, with this run's --timeout (a whole send's limit, in seconds) if given."""
    settings = vault.mail.settings()
    if args.timeout is not None:
        settings.timeout = float(args.timeout)
    return settings


def _cmd_mail_test(vault: Vault, args: argparse.Namespace) -> int:
    settings = _settings_for_run(vault, args)
    try:
        vault.mail.send_test(settings, _smtp_password(vault, settings, args.password_stdin), to=args.to or "")
    except errors.MailError as exc:
        return _report_mail_error(vault, exc)
    to = args.to or settings.sender_address
    _out(t(f"Correo de prueba enviado a {to}.", f"Test message sent to {to}."))
    return EXIT_OK


def _cmd_mail_history(vault: Vault, args: argparse.Namespace) -> int:
    company_id = vault.company(args.company).id if args.company is not None else None
    rows = vault.mail.history(company_id=company_id, document_id=args.doc)
    if args.json:
        _print_json([{"sent_at": _iso(r.sent_at), "company": r.company_name, "to": r.to_addrs, "cc": r.cc_addrs,
                      "bcc": r.bcc_addrs, "subject": r.subject, "success": r.success, "error": r.error,
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
    settings = _settings_for_run(vault, args)
    if not vault.mail.is_configured(settings):
        raise errors.VaultError(t("El correo no está configurado. Use: clientvault mail settings --host ... --sender-address ...",
                                  "E-mail is not set up. Use: clientvault mail settings --host ... --sender-address ..."))
    company = docs[0].company
    to = args.to or company.email or ""
    subject, body = vault.mail.template().render(company.name, [d.filename for d in docs],
                                                         settings.sender_name or settings.sender_address)
    draft = Draft(to=to, cc=args.cc or "", subject=args.subject if args.subject is not None else subject,
                         body=args.message if args.message is not None else body, document_ids=[d.id for d in docs],
                         bcc=args.bcc or "")
    try:
        vault.mail.send_documents(settings, _smtp_password(vault, settings, args.password_stdin), draft)
    except errors.MailError as exc:
        return _report_mail_error(vault, exc)
    _out(t(f"Enviado a {to}: {len(docs)} archivo(s).", f"Sent to {to}: {len(docs)} file(s)."))
    return EXIT_OK


def _add_mail_commands(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    stdin_help = t("leer la contraseña de la entrada estándar", "read the password from standard input")
    timeout_help = t("tiempo máximo del envío completo, esta vez (por omisión, el configurado)",
                     "longest the whole send may take, this time (default: the configured one)")
    mail = sub.add_parser("mail", parents=[common], help=t("configuración e historial de correo", "e-mail settings and history"))
    msub = mail.add_subparsers(dest="mail_command", metavar="{settings,test,history}", required=True)
    settings = msub.add_parser("settings", parents=[common], help=t("ver o cambiar el servidor de correo",
                                                                     "show or change the mail server"))
    # core.mail.PRESETS' keys, written out: building the parser must not import the mail modules.
    settings.add_argument("--preset", choices=["gmail", "outlook", "yahoo"])
    settings.add_argument("--sender-name")
    settings.add_argument("--sender-address")
    settings.add_argument("--host")
    settings.add_argument("--port", type=_positive_int)
    settings.add_argument("--security", choices=["starttls", "ssl", "none"])
    settings.add_argument("--user", dest="username")
    settings.add_argument("--size-limit", dest="size_limit_mb", type=_positive_int, metavar="MB")
    settings.add_argument("--timeout", type=_positive_int, metavar=t("SEGUNDOS", "SECONDS"),
                          help=t("tiempo máximo de un envío completo", "longest a whole send may take"))
    settings.add_argument("--ca-file", metavar=t("ARCHIVO", "FILE"),
                          help=t("autoridad de certificados adicional (servidor propio)",
                                 "extra certificate authority (own server)"))
    settings.add_argument("--allow-plain-password", action=argparse.BooleanOptionalAction, default=None,
                          help=t("con --security none, aceptar que la contraseña viaje sin cifrar (no recomendado)",
                                 "with --security none, accept that the password travels unencrypted (not recommended)"))
    settings.add_argument("--password-stdin", action="store_true", help=t("guardar en el llavero la contraseña leída de la "
                                                                          "entrada estándar", "store the password read from "
                                                                          "standard input in the keyring"))
    settings.add_argument("--json", action="store_true")
    settings.set_defaults(handler=_cmd_mail_settings)
    test = msub.add_parser("test", parents=[common], help=t("enviar un correo de prueba", "send a test e-mail"))
    test.add_argument("--to", help=t("por omisión, el remitente", "default: the sender"))
    test.add_argument("--password-stdin", action="store_true", help=stdin_help)
    test.add_argument("--timeout", type=_positive_int, metavar=t("SEGUNDOS", "SECONDS"), help=timeout_help)
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
    send.add_argument("--bcc", metavar=t("DIRECCIÓN", "ADDR"), help=t("copia oculta (CCO): la reciben sin que los demás "
                                                                      "destinatarios lo vean", "hidden copy: they get the "
                                                                      "message without the other recipients seeing them"))
    send.add_argument("--subject", metavar=t("ASUNTO", "SUBJECT"))
    send.add_argument("--message", metavar=t("TEXTO", "TEXT"))
    send.add_argument("--password-stdin", action="store_true", help=stdin_help)
    send.add_argument("--timeout", type=_positive_int, metavar=t("SEGUNDOS", "SECONDS"), help=timeout_help)
    send.set_defaults(handler=_cmd_send)
