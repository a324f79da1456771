"""Finding documents: ``search`` (names and contents, across companies), ``index`` (read what the
documents say) and ``show`` (one document, and with ``--text`` what was read from it).

``search --json`` prints one object per hit::

    {"company": "Transportes Andinos S.A.S.", "company_id": 3, "id": 41, "name": "Extracto marzo.pdf",
     "kind": "pdf", "added": "2024-03-15T14:02:11+00:00", "matched": "text",
     "snippet": "…el extracto de Bancolombia…", "hits": [[3, 11]]}

``matched`` is "name" or "text"; ``snippet`` is plain text around the first hits (empty for a name
hit) and ``hits`` the [start, end) offsets of each hit in it, counted in Unicode code points (a
snippet may itself hold « or [, so no marker could be told from the text).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from clientvault.cli.common import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, SubParsers, UsageError, _doc_id, _positive_int
from clientvault.cli.output import _document_rows, _err, _human_size, _iso, _local, _out, _print_json, _table, clean
from clientvault.core.errors import VaultBusy
from clientvault.core.i18n import t
from clientvault.core.values import HIT_END, HIT_START, Document, kind_names, label_for
from clientvault.core.vault import SearchHit, Vault

TESSERACT_DEBIAN = "sudo apt install tesseract-ocr tesseract-ocr-spa tesseract-ocr-eng"
PROGRESS_STEPS = 20  # without a terminal, one progress line per 5%
BOLD, PLAIN = "\x1b[1m", "\x1b[0m"


# -- argument types --------------------------------------------------------------------------------


def _kind(text: str) -> str:
    word = text.strip().casefold()
    if word not in kind_names():
        raise argparse.ArgumentTypeError(t(
            f"«{text}» no es un tipo de archivo; se acepta: {', '.join(kind_names())}",
            f"“{text}” is not a kind of file; accepted: {', '.join(kind_names())}"))
    return word


def _day(text: str) -> date:
    try:
        if len(text.strip()) == 10:  # fromisoformat also takes 20240315 and 2024-W11-5
            return date.fromisoformat(text.strip())
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(t(
        f"se esperaba una fecha como 2024-03-15 (año-mes-día), no «{text}»",
        f"expected a date such as 2024-03-15 (year-month-day), not “{text}”"))


# -- snippets --------------------------------------------------------------------------------------


def snippet_spans(snippet: str) -> tuple[str, list[list[int]]]:
    """The snippet without its hit markers, and where each hit is in it ([start, end) offsets)."""
    text: list[str] = []
    spans: list[list[int]] = []
    length = 0
    for i, part in enumerate(snippet.split(HIT_START)):
        hit, marker, rest = part.partition(HIT_END) if i else ("", "", part)
        if marker:
            spans.append([length, length + len(hit)])
            text.append(hit)
            length += len(hit)
        else:
            rest = hit + rest  # a start with no end: plain text
        rest = rest.replace(HIT_END, "")  # an end with no start: dropped
        text.append(rest)
        length += len(rest)
    return "".join(text), spans


def _marked(snippet: str, bold: bool) -> str:
    """One line for a terminal: each hit in bold where stdout is one, between [ ] where it is not
    (a file, a pipe). Every piece is cleaned first, so a document's own escapes never reach it."""
    text, spans = snippet_spans(snippet)
    before, after = (BOLD, PLAIN) if bold else ("[", "]")
    out, last = [], 0
    for start, end in spans:
        out += [clean(text[last:start], one_line=True), before, clean(text[start:end], one_line=True), after]
        last = end
    out.append(clean(text[last:], one_line=True))
    return " ".join("".join(out).split())


# -- search ----------------------------------------------------------------------------------------


def _search_row(hit: SearchHit) -> dict[str, Any]:
    doc = hit.document
    snippet, spans = snippet_spans(hit.snippet)
    return {"company": hit.company.name, "company_id": doc.company_id, "id": doc.id, "name": doc.filename,
            "kind": doc.format_code, "added": _iso(doc.added), "matched": hit.where, "snippet": snippet,
            "hits": spans}


def _cmd_search(vault: Vault, args: argparse.Namespace) -> int:
    if not args.text.strip():
        raise UsageError(t("Escriba qué buscar.", "Type what to look for."))
    if args.since and args.until and args.since > args.until:
        raise UsageError(t(f"--since ({args.since}) es posterior a --until ({args.until}).",
                           f"--since ({args.since}) is after --until ({args.until})."))
    company_id = vault.company(args.company).id if args.company is not None else None
    hits = vault.search(args.text, company_id=company_id, kinds=args.kind or (), since=args.since,
                        until=args.until, limit=args.limit)
    if args.json:
        _print_json([_search_row(h) for h in hits])
    elif hits:
        _print_hits(hits)
    if not hits:
        _err(t(f"Ningún documento coincide con «{args.text}».", f"No document matches “{args.text}”."))
    elif len(hits) == args.limit:
        _err(t(f"Se muestran los primeros {len(hits)}; use --limit para ver más.",
               f"Showing the first {len(hits)}; use --limit to see more."))
    _unread_notice(vault, company_id)
    return EXIT_OK


def _print_hits(hits: Sequence[SearchHit]) -> None:
    headers = ["ID", t("Empresa", "Company"), t("Nombre", "Name"), t("Formato", "Format"), t("Agregado", "Added"),
               t("Coincide en", "Matched in")]
    where = {"name": t("nombre", "name"), "text": t("texto", "text")}
    rows = [[str(h.document.id), h.company.name, h.document.filename, label_for(h.document.format_code),
             _local(h.document.added), where[h.where]] for h in hits]
    lines = _table(headers, rows, right=frozenset({0}))
    _out(lines[0])
    bold = sys.stdout.isatty()
    for hit, line in zip(hits, lines[1:], strict=True):
        _out(line)
        if hit.snippet:
            # Printed as is: _marked cleaned every piece, and _out would strip the bold.
            print("      " + _marked(hit.snippet, bold), file=sys.stdout)


def _unread_notice(vault: Vault, company_id: int | None) -> None:
    """Once, on stderr: what this search could not look into yet, and what to do about it."""
    counts = vault.text_counts(company_id)
    if counts.pending:
        _err(t(f"{_count(counts.pending)} documento(s) aún no se han leído; ejecute «clientvault index» para buscar "
               "también en lo que dicen.",
               f"{_count(counts.pending)} document(s) have not been read yet; run “clientvault index” to search what "
               "they say too."))
    elif counts.needs_ocr:
        _err(_scans_waiting(counts.needs_ocr))


def _scans_waiting(count: int) -> str:
    """Scans read while Tesseract was missing: install it, or (once it is) read them again."""
    from clientvault.core.values import ocr_available

    if ocr_available():
        return t(f"{_count(count)} documento(s) escaneados se leyeron antes de instalar Tesseract; ejecute "
                 "«clientvault index» para leerlos ahora.",
                 f"{_count(count)} scanned document(s) were read before Tesseract was installed; run “clientvault "
                 "index” to read them now.")
    return _tesseract_missing(count)


def _count(n: int) -> str:
    """3.400 in Spanish, 3,400 in English."""
    return t(f"{n:,}".replace(",", "."), f"{n:,}")


# -- index -----------------------------------------------------------------------------------------


class _Progress:
    """One line on stderr: rewritten in place on a terminal, one line per 5% in a log or a pipe."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.width = 0  # of the line on screen, to blank what a shorter one leaves
        self.step = -1
        self.done = 0

    def __call__(self, done: int, total: int, doc: Document) -> None:
        self.done = done
        line = t(f"Leyendo {_count(done)} de {_count(total)}: {doc.filename}",
                 f"Reading {_count(done)} of {_count(total)}: {doc.filename}")
        if self.tty:
            columns = shutil.get_terminal_size().columns - 1  # a line that wraps cannot be rewritten
            line = clean(line, one_line=True)[:columns]
            sys.stderr.write("\r" + line.ljust(self.width))
            sys.stderr.flush()
            self.width = len(line)
        else:
            step = done * PROGRESS_STEPS // max(total, 1)
            if step != self.step or done == total:
                self.step = step
                _err(line)
                sys.stderr.flush()

    def end(self) -> None:
        if self.tty and self.width:
            sys.stderr.write("\n")
            self.width = 0


def _cmd_index(vault: Vault, args: argparse.Namespace) -> int:
    from clientvault.core.values import TextWorker, index_documents, ocr_available

    company_id = vault.company(args.company).id if args.company is not None else None
    if args.rebuild:
        forgotten = vault.forget_texts(company_id)
        _err(t(f"Se descartó el texto de {_count(forgotten)} documento(s); se leerán de nuevo.",
               f"The text of {_count(forgotten)} document(s) was dropped; they will be read again."))
    progress = _Progress()
    try:
        with TextWorker() as worker:  # closed (its child process stopped) however this ends
            try:
                report = index_documents(vault, worker, company_id=company_id, progress=progress, wait=0)
            except VaultBusy:
                _err(t("La ventana de ClientVault (u otro «clientvault index») está leyendo estos documentos ahora; "
                       "se espera a que termine (Ctrl+C para dejarlo).",
                       "The ClientVault window (or another “clientvault index”) is reading these documents now; "
                       "waiting for it to finish (Ctrl+C to stop)."))
                report = index_documents(vault, worker, company_id=company_id, progress=progress)
    except KeyboardInterrupt:
        progress.end()
        _err(t(f"Interrumpido. Lo leído queda guardado ({_count(progress.done)} documento(s)); «clientvault index» "
               "sigue con el resto.",
               f"Interrupted. What was read is kept ({_count(progress.done)} document(s)); “clientvault index” goes "
               "on with the rest."))
        return EXIT_INTERRUPTED
    progress.end()
    if not report.read and not report.missing:
        _out(t("No había nada por leer: el texto de todos los documentos está al día.",
               "There was nothing to read: the text of every document is up to date."))
    else:
        _out(t(f"Leídos: {_count(report.read)}; con texto: {_count(report.with_text)}; "
               f"no se pudieron leer: {_count(len(report.failed))}.",
               f"Read: {_count(report.read)}; with text: {_count(report.with_text)}; "
               f"could not be read: {_count(len(report.failed))}."))
        if report.needs_ocr:
            _out(t(f"Escaneados que esperan a Tesseract: {_count(report.needs_ocr)}.",
                   f"Scans waiting for Tesseract: {_count(report.needs_ocr)}."))
    for doc, note in report.failed:
        _out(f"  {doc.id}  {doc.company.name}: {doc.filename}: {unreadable_reason(note)}")
    if report.missing:
        _err(t(f"{_count(len(report.missing))} documento(s) no tienen su archivo en la carpeta de la empresa, así que no "
               "se pudieron leer; «clientvault verify» dice qué pasó con cada uno y cómo recuperarlo:",
               f"{_count(len(report.missing))} document(s) have no file in the company's folder, so they could not be "
               "read; “clientvault verify” says what happened to each and how to recover it:"))
        for doc in report.missing:
            _err(f"  {doc.id}  {doc.company.name}: {doc.filename}")
    waiting = vault.text_counts(company_id).needs_ocr
    if waiting and not ocr_available():  # with Tesseract, this run read them
        _err(_tesseract_missing(waiting))
    return EXIT_OK


def _tesseract_missing(count: int) -> str:
    return t(
        f"{_count(count)} documento(s) tienen páginas escaneadas o son imágenes: no se pueden buscar por lo que dicen "
        "hasta instalar Tesseract, el programa que lee el texto de las imágenes. En Debian o Ubuntu: "
        f"«{TESSERACT_DEBIAN}»; en Windows y macOS, vea el README. Después ejecute «clientvault index» otra vez.",
        f"{_count(count)} document(s) have scanned pages or are images: they cannot be searched by what they say "
        "until Tesseract, the program that reads the text in images, is installed. On Debian or Ubuntu: "
        f"“{TESSERACT_DEBIAN}”; on Windows and macOS, see the README. Then run “clientvault index” again.")


# The indexer's notes are plain English for the log; a person gets the reason in words, in their language.
_REASONS: tuple[tuple[Callable[[str], bool], tuple[str, str]], ...] = (
    (lambda n: n.startswith("password"), ("está protegido con contraseña", "it is password-protected")),
    (lambda n: n.startswith("time limit"), ("tardó demasiado en leerse y se dejó", "it took too long to read and was left")),
    (lambda n: "no text reader" in n, ("ClientVault aún no lee el texto de este formato",
                                       "ClientVault cannot read the text of this format yet")),
    (lambda n: n.startswith("out of memory") or n.startswith("image too large"),
     ("es demasiado grande para leer su texto", "it is too large to read its text")),
    (lambda n: n.startswith("cannot read the file"), ("no se pudo abrir su archivo", "its file could not be opened")),
    (lambda n: any(w in n for w in ("damaged", "not a readable", "unreadable", "not a Word")),
     ("está dañado o incompleto", "it is damaged or incomplete")),
)


def unreadable_reason(note: str) -> str:
    for matches, (es, en) in _REASONS:
        if matches(note):
            return t(es, en)
    return t("no se pudo leer su texto (el detalle quedó en el registro)",
             "its text could not be read (the details are in the log)")


# -- show ------------------------------------------------------------------------------------------

_STATUS_WORDS = {
    "ok": ("leído, tiene texto", "read, has text"),
    "empty": ("leído, no tiene texto", "read, holds no text"),
    "failed": ("no se pudo leer", "could not be read"),
    "needs_ocr": ("escaneado: espera a Tesseract", "scanned: waiting for Tesseract"),
    "unread": ("aún no leído", "not read yet"),
    "stale": ("leído de un contenido anterior; se leerá de nuevo", "read from earlier content; it will be read again"),
}


def _text_state(vault: Vault, doc: Document) -> tuple[str, Any]:  # Any: the catalog's row type is not for clients
    """The text's status as ``show`` reports it ("unread" and "stale" beside the stored ones), and the row."""
    stored = vault.document_text(doc.id)
    if stored is None:
        return "unread", None
    return ("stale" if stored.checksum != doc.checksum else stored.status), stored


def _cmd_show(vault: Vault, args: argparse.Namespace) -> int:
    doc = vault.document(args.doc)
    status, stored = _text_state(vault, doc)
    if args.json:
        text: dict[str, Any] = {"status": status}
        if stored is not None:
            text.update(pages=stored.pages, ocr_pages=stored.ocr_pages, read_at=_iso(stored.extracted_at))
            if status == "failed":
                text["reason"] = unreadable_reason(stored.note)
        if args.text:
            # None, not "", when nothing (current) was read: a script can tell "no text" from "not read".
            text["body"] = stored.body if stored is not None and status in ("ok", "empty", "needs_ocr") else None
        _print_json({**_document_rows(vault, [doc])[0], "company": doc.company.name, "in_trash": doc.deleted_at is not None,
                     "text": text})
        return EXIT_OK
    rows = [
        (t("Empresa", "Company"), doc.company.name),
        (t("Nombre", "Name"), doc.filename),
        (t("Nombre original", "Original name"), doc.original_filename),
        (t("Formato", "Format"), label_for(doc.format_code)),
        (t("Tamaño", "Size"), _human_size(doc.size)),
        (t("Agregado", "Added"), _local(doc.added)),
        (t("En la papelera", "In the trash"),
         t(f"sí, desde {_local(doc.deleted_at)}", f"yes, since {_local(doc.deleted_at)}") if doc.deleted_at else t("no", "no")),
        (t("Texto", "Text"), _text_line(status, stored)),
    ]
    if not args.text:
        for line in _table(["ID", str(doc.id)], rows):
            _out(line)
        return EXIT_OK
    if status in ("ok", "needs_ocr") and stored is not None and stored.body:
        _out(stored.body)
        return EXIT_OK
    _err(_no_text_message(doc, status, stored.note if stored is not None else ""))
    # Read and empty is an answer; a text not read (yet, or at all) is not.
    return EXIT_OK if status == "empty" else EXIT_FAILED


def _text_line(status: str, stored: Any) -> str:
    es, en = _STATUS_WORDS[status]
    line = t(es, en)
    if stored is not None and status in ("ok", "needs_ocr", "empty"):
        line += t(f" ({stored.pages} página(s), {stored.ocr_pages} escaneada(s); {_local(stored.extracted_at)})",
                  f" ({stored.pages} page(s), {stored.ocr_pages} scanned; {_local(stored.extracted_at)})")
    elif stored is not None and status == "failed":
        line += f": {unreadable_reason(stored.note)}"
    return line


def _no_text_message(doc: Document, status: str, note: str) -> str:
    name_es, name_en = f"«{doc.filename}» ({doc.id})", f"“{doc.filename}” ({doc.id})"
    if status in ("unread", "stale"):
        return t(f"{name_es} aún no se ha leído. Ejecute «clientvault index» y vuelva a intentarlo.",
                 f"{name_en} has not been read yet. Run “clientvault index” and try again.")
    if status == "empty":
        return t(f"{name_es} se leyó y no tiene texto (por ejemplo, una foto sin letras).",
                 f"{name_en} was read and holds no text (a photo without words, for instance).")
    if status == "needs_ocr":
        from clientvault.core.values import ocr_available

        if ocr_available():
            return t(f"{name_es} es un escaneo y se leyó cuando faltaba Tesseract, que ya está instalado: ejecute "
                     "«clientvault index» para leerlo ahora.",
                     f"{name_en} is a scan, read while Tesseract was missing; it is installed now: run “clientvault "
                     "index” to read it.")
        return t(f"{name_es} es un escaneo: no se puede leer hasta instalar Tesseract (en Debian o Ubuntu: "
                 f"«{TESSERACT_DEBIAN}»; en Windows y macOS, vea el README). Después ejecute «clientvault index».",
                 f"{name_en} is a scan: it cannot be read until Tesseract is installed (on Debian or Ubuntu: "
                 f"“{TESSERACT_DEBIAN}”; on Windows and macOS, see the README). Then run “clientvault index”.")
    return t(f"No se pudo leer el texto de {name_es}: {unreadable_reason(note)}. Puede abrirlo en su programa "
             "habitual; en la búsqueda aparece solo por su nombre.",
             f"The text of {name_en} could not be read: {unreadable_reason(note)}. You can open it in its usual "
             "program; search finds it by its name only.")


# -- the commands ----------------------------------------------------------------------------------


def _add_finding_commands(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    company_help = t("número o nombre exacto de la empresa", "company id or exact name")
    search = sub.add_parser("search", parents=[common], help=t(
        "buscar documentos por nombre y por lo que dicen, en todas las empresas",
        "find documents by name and by what they say, across companies"))
    search.add_argument("text", metavar=t("TEXTO", "TEXT"), help=t(
        "palabras del nombre o del contenido (sin importar mayúsculas ni tildes); entre comillas, una frase",
        "words of the name or the content (case and accents do not matter); in quotes, a phrase"))
    search.add_argument("--company", metavar=t("EMPRESA", "COMPANY"), help=company_help)
    search.add_argument("--kind", type=_kind, action="append", metavar=t("TIPO", "KIND"), help=t(
        f"solo este tipo (se puede repetir): {', '.join(kind_names())}",
        f"only this kind (may be repeated): {', '.join(kind_names())}"))
    search.add_argument("--since", type=_day, metavar=t("AAAA-MM-DD", "YYYY-MM-DD"),
                        help=t("agregados desde ese día", "added on that day or later"))
    search.add_argument("--until", type=_day, metavar=t("AAAA-MM-DD", "YYYY-MM-DD"),
                        help=t("agregados hasta ese día", "added on that day or earlier"))
    search.add_argument("--limit", type=_positive_int, default=200, metavar="N",
                        help=t("cuántos mostrar como máximo (200)", "show at most this many (200)"))
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=_cmd_search)

    index = sub.add_parser("index", parents=[common], help=t(
        "leer lo que dicen los documentos, para buscar en ellos", "read what the documents say, to search them"))
    index.add_argument("--rebuild", action="store_true", help=t(
        "descartar el texto ya leído y leerlo todo de nuevo", "drop the text already read and read everything again"))
    index.add_argument("--company", metavar=t("EMPRESA", "COMPANY"), help=company_help)
    index.set_defaults(handler=_cmd_index)

    show = sub.add_parser("show", parents=[common], help=t("los datos de un documento", "a document's details"))
    show.add_argument("doc", type=_doc_id, metavar="DOC")
    show.add_argument("--text", action="store_true", help=t("mostrar el texto leído", "print the text that was read"))
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_cmd_show)
