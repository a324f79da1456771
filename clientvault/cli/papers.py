"""What each paper is: ``doc set|show|suggest|move|copy`` and ``history`` (``due``, ``missing`` and
``types`` are in due.py).

``doc show --json`` is ``show --json``'s document with the paper's state beside it::

    {"id": 7, ..., "type": "Certificado de Cámara de Comercio", "created": "2024-03-15", "period": null,
     "expires": "2024-04-14", "expires_set": false, "tags": ["banco"], "notes": "",
     "company": "Panadería La Espiga", "type_code": "camara", "rule_expires": "2024-04-14",
     "status": "expired", "days_left": -12, "suggestion": {...}, "owner_warning": null}

``status`` is "expired", "due" (within 30 days), "ok" or "none" (it does not expire).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from clientvault.cli.common import (
    BACK_TO_RULE,
    EXIT_FAILED,
    EXIT_OK,
    SubParsers,
    UsageError,
    _doc_id,
    _expiry,
    _paper_date,
    _paper_type,
    _period,
)
from clientvault.cli.output import _day, _document_rows, _err, _iso, _local, _out, _print_json, _table
from clientvault.core.i18n import t
from clientvault.core.values import Document, DocumentDetails, Suggestion, TransferReport
from clientvault.core.vault import Vault

_NOT_GIVEN: Any = object()  # an option not typed, told apart from "" (which clears it)


def _name(doc: Document) -> tuple[str, str]:
    return f"«{doc.filename}» ({doc.id})", f"“{doc.filename}” ({doc.id})"


def _documents(vault: Vault, ids: Sequence[int]) -> list[Document]:
    """Every id checked before anything changes, so a typo in the fifth id leaves the first four alone."""
    return [vault.document(i) for i in dict.fromkeys(ids)]


# -- doc set ---------------------------------------------------------------------------------------


def _cmd_doc_set(vault: Vault, args: argparse.Namespace) -> int:
    fields: dict[str, Any] = {}
    if args.no_type:
        fields["doc_type"] = None
    elif args.type is not None:
        fields["doc_type"] = _paper_type(vault, args.type).id
    for key, value in (("created", args.date), ("period", args.period), ("notes", args.note)):
        if value is not _NOT_GIVEN:
            fields[key] = value
    if args.expires is not _NOT_GIVEN:
        fields["expires"] = None if args.expires == BACK_TO_RULE else args.expires
    if args.tag:
        fields["add_tags"] = args.tag
    if args.untag:
        fields["remove_tags"] = args.untag
    if not fields:
        raise UsageError(t("No hay nada que cambiar: use --type, --no-type, --date, --period, --expires, --note, "
                           "--tag o --untag.",
                           "Nothing to change: give --type, --no-type, --date, --period, --expires, --note, --tag "
                           "or --untag."))
    docs = _documents(vault, args.docs)
    done = vault.set_details([d.id for d in docs], **fields)  # one transaction for all of them
    if args.json:
        _print_json(_document_rows(vault, done))
        return EXIT_OK
    for doc in done:
        _out(_summary(vault, vault.document_details(doc.id)))
    return EXIT_OK


def _summary(vault: Vault, details: DocumentDetails) -> str:
    """One line: the document and what it now is."""
    doc = details.doc
    parts = [details.type.label if details.type is not None else t("sin tipo", "no type")]
    if doc.created:
        parts.append(t(f"fecha {_day(doc.created)}", f"date {_day(doc.created)}"))
    if doc.period:
        parts.append(t(f"periodo {doc.period}", f"period {doc.period}"))
    if doc.expires_on:
        parts.append(t(f"vence {_day(doc.expires_on)}", f"expires {_day(doc.expires_on)}"))
    if details.tags:
        parts.append(t("etiquetas: ", "tags: ") + ", ".join(details.tags))
    es, en = _name(doc)
    return t(f"{es}: ", f"{en}: ") + "; ".join(parts)


# -- doc show and suggest ----------------------------------------------------------------------------


_STATE_WORDS = {"expired": ("vencido", "expired"), "due": ("por vencer", "due soon"), "ok": ("vigente", "valid"),
                "none": ("no vence", "does not expire")}


def _state_words(details: DocumentDetails) -> str:
    es, en = _STATE_WORDS[details.status]
    if details.days_left is None:
        return t(es, en)
    left = details.days_left
    if left < 0:
        return t(f"{es} hace {-left} día(s)", f"{en} {-left} day(s) ago")
    return t(f"{es}, quedan {left} día(s)", f"{en}, {left} day(s) left")


def _suggestion_row(found: Suggestion, type_name: str | None) -> dict[str, Any]:
    return {"type": type_name, "type_id": found.type_id, "created": _day(found.created), "period": found.period,
            "expires": _day(found.expires), "nits": list(found.nits)}


def _cmd_doc_show(vault: Vault, args: argparse.Namespace) -> int:
    details = vault.document_details(args.doc)
    doc = details.doc
    found = vault.suggest_details(doc.id)
    names = {tp.id: tp.name for tp in vault.document_types()}
    mismatch = vault.owner_mismatch(doc.id)
    if args.json:
        (row,) = _document_rows(vault, [doc])
        _print_json({**row, "company": doc.company.name, "in_trash": doc.deleted_at is not None,
                     "type_code": details.type.code if details.type is not None else None,
                     "rule_expires": _day(details.rule_expires), "status": details.status,
                     "days_left": details.days_left,
                     "suggestion": None if found.empty() else _suggestion_row(found, names.get(found.type_id or 0)),
                     "owner_warning": mismatch.text if mismatch is not None else None})
        return EXIT_OK
    expires = _day(doc.expires_on) or ""
    if expires:
        expires += " " + (t("(escrita a mano)", "(entered by hand)") if doc.expires_set else
                          t("(por la regla del tipo)", "(from the type's rule)"))
    rows = [
        (t("Empresa", "Company"), doc.company.name),
        (t("Nombre", "Name"), doc.filename),
        (t("Tipo", "Type"), details.type.name if details.type is not None else t("sin tipo", "no type")),
        (t("Fecha", "Date"), _day(doc.created) or ""),
        (t("Periodo", "Period"), doc.period or ""),
        (t("Vence", "Expires"), expires),
        (t("Estado", "State"), _state_words(details)),
        (t("Etiquetas", "Tags"), ", ".join(details.tags)),
        (t("Notas", "Notes"), doc.notes or ""),
    ]
    if not found.empty():
        rows.append((t("Sugerido", "Suggested"), _suggestion_words(found, names.get(found.type_id or 0))))
    for line in _table(["ID", str(doc.id)], rows):
        _out(line)
    if mismatch is not None:
        _err(mismatch.text)
    return EXIT_OK


def _suggestion_words(found: Suggestion, type_name: str | None) -> str:
    parts = []
    if type_name:
        parts.append(type_name)
    if found.created:
        parts.append(t(f"fecha {_day(found.created)}", f"date {_day(found.created)}"))
    if found.period:
        parts.append(t(f"periodo {found.period}", f"period {found.period}"))
    if found.expires:
        parts.append(t(f"vence {_day(found.expires)}", f"expires {_day(found.expires)}"))
    if found.nits:
        parts.append("NIT " + ", ".join(found.nits))
    return "; ".join(parts)


def _cmd_doc_suggest(vault: Vault, args: argparse.Namespace) -> int:
    docs = _documents(vault, args.docs)
    names = {tp.id: tp.name for tp in vault.document_types()}
    found = {d.id: vault.suggest_details(d.id) for d in docs}
    changed = {d.id for d in vault.accept_suggestion([d.id for d in docs])} if args.apply else set()
    if args.json:
        _print_json([{"id": d.id, "filename": d.filename, "suggestion": _suggestion_row(found[d.id],
                      names.get(found[d.id].type_id or 0)), "applied": d.id in changed} for d in docs])
        return EXIT_OK
    for doc in docs:
        es, en = _name(doc)
        words = _suggestion_words(found[doc.id], names.get(found[doc.id].type_id or 0))
        if not words:
            _err(t(f"{es}: nada que sugerir por su nombre ni por su texto.",
                   f"{en}: nothing to suggest from its name or its text."))
        elif args.apply:
            _out(_summary(vault, vault.document_details(doc.id)) if doc.id in changed else
                 t(f"{es}: ya tenía esos datos; no se cambió nada.", f"{en}: already had those details; nothing changed."))
        else:
            _out(f"{t(es, en)}: {words}")
    if not args.apply and any(not f.empty() for f in found.values()):
        _err(t("Para aceptar lo sugerido (solo en los datos vacíos), agregue --apply.",
               "To accept what is suggested (only where a detail is empty), add --apply."))
    return EXIT_OK


# -- doc move and copy -------------------------------------------------------------------------------


def _cmd_doc_transfer(vault: Vault, args: argparse.Namespace) -> int:
    target = vault.company(args.to)
    docs = _documents(vault, args.docs)
    moving = args.doc_command == "move"
    ids = [d.id for d in docs]
    report: TransferReport = vault.move_documents(ids, target.id) if moving else vault.copy_documents(ids, target.id)
    if args.json:
        _print_json({"done": _document_rows(vault, report.done),
                     "skipped": [{"id": d.id, "filename": d.filename, "reason": why} for d, why in report.skipped]})
    else:
        for doc in report.done:
            es, en = _name(doc)
            _out(_sentence(t(f"{es} movido a {target.name}", f"{en} moved to {target.name}") if moving else
                           t(f"{es}: copia en {target.name}", f"{en}: copied into {target.name}")))
    for doc, why in report.skipped:
        es, en = _name(doc)
        _err(t(f"{es} no se movió: {why}", f"{en} was not moved: {why}") if moving else
             t(f"{es} no se copió: {why}", f"{en} was not copied: {why}"))
    return EXIT_FAILED if report.skipped else EXIT_OK


def _sentence(text: str) -> str:
    """A full stop, unless the company's name already ends with one («S.A.S.»)."""
    return text if text.endswith(".") else text + "."


# -- history -----------------------------------------------------------------------------------------


def _cmd_history(vault: Vault, args: argparse.Namespace) -> int:
    doc = vault.document(args.doc)
    entries = vault.history(doc.id)
    if args.json:
        _print_json([{"at": _iso(e.at), "kind": e.kind, "user": e.user, "computer": e.computer, "text": e.text}
                     for e in entries])
        return EXIT_OK
    rows = [[_local(e.at), f"{e.user}@{e.computer}" if e.user and e.computer else e.user or e.computer, e.text]
            for e in entries]
    for line in _table([t("Cuándo", "When"), t("Quién", "Who"), t("Qué", "What")], rows):
        _out(line)
    return EXIT_OK


# -- the commands ------------------------------------------------------------------------------------


def _add_paper_commands(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    doc = sub.add_parser("doc", parents=[common], help=t(
        "qué es cada documento: tipo, fechas, etiquetas; moverlo o copiarlo", "what each paper is: type, dates, "
        "tags; move or copy it"))
    dsub = doc.add_subparsers(dest="doc_command", metavar="{set,show,suggest,move,copy}", required=True)

    put = dsub.add_parser("set", parents=[common], help=t(
        "cambiar los datos de uno o varios documentos ('' borra un dato)",
        "change the details of one or more papers ('' clears a detail)"))
    put.add_argument("docs", type=_doc_id, nargs="+", metavar="DOC")
    kind = put.add_mutually_exclusive_group()
    kind.add_argument("--type", metavar=t("TIPO", "TYPE"), help=t(
        "su tipo: nombre o número (vea «clientvault types list»)", "its type: name or id (see “clientvault types list”)"))
    kind.add_argument("--no-type", action="store_true", help=t("quitarle el tipo", "remove its type"))
    put.add_argument("--date", type=_paper_date, default=_NOT_GIVEN, metavar=t("FECHA", "DATE"), help=t(
        "su fecha de expedición: 2024-03-15 o 15/03/2024", "its own date (issued on): 2024-03-15 or 15/03/2024"))
    put.add_argument("--period", type=_period, default=_NOT_GIVEN, metavar=t("PERIODO", "PERIOD"), help=t(
        "lo que cubre: un año (2023) o un año y mes (2023-12)", "what it covers: a year (2023) or a year and month "
        "(2023-12)"))
    put.add_argument("--expires", type=_expiry, default=_NOT_GIVEN, metavar=t("FECHA|rule", "DATE|rule"), help=t(
        "cuándo vence, sin importar la regla del tipo; «rule» vuelve a la regla",
        "when it expires, whatever the type's rule says; “rule” goes back to the rule"))
    put.add_argument("--note", default=_NOT_GIVEN, metavar=t("TEXTO", "TEXT"), help=t("sus notas", "its notes"))
    put.add_argument("--tag", action="append", default=[], metavar=t("ETIQUETA", "TAG"),
                     help=t("agregar una etiqueta (se puede repetir)", "add a tag (may be repeated)"))
    put.add_argument("--untag", action="append", default=[], metavar=t("ETIQUETA", "TAG"),
                     help=t("quitar una etiqueta (se puede repetir)", "remove a tag (may be repeated)"))
    put.add_argument("--json", action="store_true")
    put.set_defaults(handler=_cmd_doc_set)

    show = dsub.add_parser("show", parents=[common], help=t(
        "los datos de un documento, su estado y lo que se sugiere", "a paper's details, its state and what is suggested"))
    show.add_argument("doc", type=_doc_id, metavar="DOC")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_cmd_doc_show)

    suggest = dsub.add_parser("suggest", parents=[common], help=t(
        "lo que el nombre y el texto sugieren (tipo, fecha, periodo, vencimiento)",
        "what the name and the text suggest (type, date, period, expiry)"))
    suggest.add_argument("docs", type=_doc_id, nargs="+", metavar="DOC")
    suggest.add_argument("--apply", action="store_true", help=t(
        "aceptarlo en los datos que están vacíos (nunca reemplaza lo que usted puso)",
        "accept it in the details that are empty (never replaces what you set)"))
    suggest.add_argument("--json", action="store_true")
    suggest.set_defaults(handler=_cmd_doc_suggest)

    for name, text in (("move", t("mover documentos a otra empresa", "move papers to another company")),
                       ("copy", t("copiar documentos a otra empresa", "copy papers to another company"))):
        cmd = dsub.add_parser(name, parents=[common], help=text)
        cmd.add_argument("docs", type=_doc_id, nargs="+", metavar="DOC")
        cmd.add_argument("--to", required=True, metavar=t("EMPRESA", "COMPANY"),
                         help=t("número o nombre exacto de la empresa", "company id or exact name"))
        cmd.add_argument("--json", action="store_true")
        cmd.set_defaults(handler=_cmd_doc_transfer)

    history = sub.add_parser("history", parents=[common], help=t(
        "lo que le pasó a un documento, con fecha y usuario", "what happened to a paper, with date and user"))
    history.add_argument("doc", type=_doc_id, metavar="DOC")
    history.add_argument("--json", action="store_true")
    history.set_defaults(handler=_cmd_history)
