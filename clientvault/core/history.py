"""The history of each document: what happened to it, when, on whose account and on which
computer (``Vault`` inherits these use cases). The lines are recorded inside the transaction of the
change they tell (``record``) and worded in the reader's language when read (``describe_event``),
so a history written in Spanish reads in English too. E-mails sent are the mail history's own
records (outbox.py), merged in when the history is read.
"""

from __future__ import annotations

import getpass
import json
import socket
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from clientvault.core.i18n import t

if TYPE_CHECKING:
    from clientvault.core.catalog import Catalog
    from clientvault.core.catalog.models import Document


def current_user() -> tuple[str, str]:
    """The person's user name and the computer's name, as the history records them."""
    try:
        user = getpass.getuser()
    except Exception:  # no login name (a service account, a container): the history says nobody
        user = ""
    try:
        host = socket.gethostname()
    except OSError:
        host = ""
    return user, host


@dataclass
class HistoryEntry:
    at: datetime
    kind: str
    user: str
    computer: str
    text: str


class DocumentHistory:
    """Mixed into ``Vault``."""

    if TYPE_CHECKING:
        catalog: Catalog
        who: tuple[str, str]

        def document(self, doc_id: int) -> Document: ...
        @property
        def mail(self) -> Any: ...

    def history(self, doc_id: int) -> list[HistoryEntry]:
        """What happened to a document, oldest first: the events recorded with it and its e-mails."""
        doc = self.document(doc_id)
        entries = [HistoryEntry(e.at, e.kind, e.user, e.computer, describe_event(e.kind, e.detail))
                   for e in self.catalog.events_of(doc.id)]
        for record in self.mail.history(document_id=doc.id):
            sent = record.success
            who = ", ".join(a for a in (record.to_addrs, record.cc_addrs) if a)
            entries.append(HistoryEntry(record.sent_at, "mailed", "", "", t(
                f"Enviado por correo a {who}" if sent else f"No se pudo enviar por correo a {who}",
                f"Sent by e-mail to {who}" if sent else f"Could not be sent by e-mail to {who}")))
        return sorted(entries, key=lambda e: e.at)

    def record(self, doc_id: int, kind: str, detail: dict[str, Any] | None = None) -> None:
        """One line of history, inside the caller's transaction."""
        self.catalog.add_event(doc_id, kind, *self.who, detail)


_FIELD_WORDS = {"type": ("tipo", "type"), "created": ("fecha", "date"), "period": ("periodo", "period"),
                "expires": ("vence", "expires"), "notes": ("notas", "notes"), "tags": ("etiquetas", "tags")}


def _day_words(iso: str) -> str:
    """A history date as the window writes dates: 15/03/2024 in Spanish, 03/15/2024 in English."""
    try:
        day = date.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso or ""
    return t(day.strftime("%d/%m/%Y"), day.strftime("%m/%d/%Y"))


def describe_event(kind: str, detail_json: str) -> str:
    """A history line in the reader's language."""
    try:
        detail: dict[str, Any] = json.loads(detail_json) if detail_json else {}
    except ValueError:
        detail = {}
    name = str(detail.get("name", ""))
    if kind == "added":
        return t(f"Subido ({name})", f"Uploaded ({name})") if name else t("Subido", "Uploaded")
    if kind == "renamed":
        return t(f"Renombrado de «{detail.get('old', '')}» a «{detail.get('new', '')}»",
                 f"Renamed from “{detail.get('old', '')}” to “{detail.get('new', '')}”")
    if kind == "moved":
        return t(f"Movido de {detail.get('from', '')} a {detail.get('to', '')}",
                 f"Moved from {detail.get('from', '')} to {detail.get('to', '')}")
    if kind == "copied":
        if "to" in detail:
            return t(f"Copiado a {detail['to']}", f"Copied to {detail['to']}")
        return t(f"Copia de «{name}» de {detail.get('from', '')}", f"Copy of “{name}” from {detail.get('from', '')}")
    if kind == "deleted":
        return t("Enviado a la papelera", "Moved to the trash")
    if kind == "restored":
        return t("Restaurado de la papelera", "Restored from the trash")
    if kind == "accepted":
        return t("Se aceptó su contenido actual", "Its current content was accepted")
    if kind == "details":
        parts = []
        for key, (old, new) in detail.items():
            es, en = _FIELD_WORDS.get(key, (key, key))
            if key == "notes":
                parts.append(t("notas cambiadas", "notes changed"))
            else:
                if key in ("created", "expires"):
                    old, new = _day_words(old), _day_words(new)
                parts.append(t(f"{es}: {old or '—'} → {new or '—'}", f"{en}: {old or '—'} → {new or '—'}"))
        return t("Datos cambiados: ", "Details changed: ") + "; ".join(parts)
    return kind


__all__ = ["DocumentHistory", "HistoryEntry", "current_user", "describe_event"]
