"""What a drag of documents out of the table carries besides their file URLs: which documents they
are and which company holds them, so a drop onto another company in the sidebar copies or moves
them in the vault instead of importing the files as new ones."""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QMimeData, QObject, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QToolTip

from clientvault.core.values import Company, Document

DOCUMENTS_MIME = "application/x-clientvault-documents"
# Rows dragged out of the trash: files for the desktop or a mail program, never an upload onto a
# company (the trashed file would stay in the trash and come in again as a new one).
TRASH_MIME = "application/x-clientvault-trash"


def from_the_trash(mime: QMimeData) -> bool:
    return mime.hasFormat(TRASH_MIME)


def put_documents(mime: QMimeData, docs: Sequence[Document]) -> None:
    if docs:
        payload = {"company": docs[0].company_id, "ids": [d.id for d in docs]}
        mime.setData(DOCUMENTS_MIME, QByteArray(json.dumps(payload).encode()))


def dragged_documents(mime: QMimeData) -> tuple[int, list[int]] | None:
    """(the company they come from, their ids), or None for a drag that is not ours (files from
    the file manager, or a payload we cannot read)."""
    if not mime.hasFormat(DOCUMENTS_MIME):
        return None
    try:
        payload = json.loads(bytes(mime.data(DOCUMENTS_MIME).data()).decode())
        ids = [int(i) for i in payload["ids"]]
        return int(payload["company"]), ids
    except (ValueError, KeyError, TypeError):
        return None


def shift_held(event: QDropEvent) -> bool:
    """Shift moves instead of copying. The drag itself only ever offers a copy: offering a move
    would let a file manager take the file out of the vault when the documents are dropped there."""
    return bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)


def hover_documents(view: QAbstractItemView, event: QDropEvent, company: Company | None) -> str:
    """Our documents hover over ``company`` (None: over no company): accept the drag and say what a
    drop does there («Copiar a …», «Mover a …»), or refuse it over their own company; returns the
    hint shown ("" when refused)."""
    found = dragged_documents(event.mimeData())
    if found is None or company is None or found[0] == company.id:
        event.ignore()
        QToolTip.hideText()
        return ""
    event.setDropAction(Qt.DropAction.CopyAction)
    event.accept()
    hint = DropWords().hint(len(found[1]), company.name, shift_held(event))
    QToolTip.showText(view.viewport().mapToGlobal(event.position().toPoint()), hint, view)
    return hint


def drop_documents(event: QDropEvent, company: Company | None) -> tuple[int, list[int], bool] | None:
    """Our documents dropped onto ``company``: (its id, their ids, whether to move them); None (and
    the drop refused) onto no company or onto their own."""
    QToolTip.hideText()
    found = dragged_documents(event.mimeData())
    if found is None or company is None or found[0] == company.id:
        event.ignore()
        return None
    event.setDropAction(Qt.DropAction.CopyAction)  # the table, the drag's source, removes nothing
    event.accept()
    return company.id, found[1], shift_held(event)


class DropWords(QObject):
    """The drop's words (a class, so lupdate sees their plurals)."""

    def hint(self, count: int, company: str, move: bool) -> str:
        if move:
            return self.tr("Move %n file(s) to %1", "", count).replace("%1", company)
        return self.tr("Copy %n file(s) to %1 (hold Shift to move them)", "", count).replace("%1", company)
