"""What a controller (``*_actions.py``) may know of the window: the selection and a place for
messages and dialogs. Controllers change the vault; the change feed refreshes the views, so no
controller reaches into a widget to refresh it."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QMessageBox, QWidget

from clientvault.core.values import Document


class Host(Protocol):
    def current_company_id(self) -> int | None: ...

    def current_company_name(self) -> str: ...

    def selected_documents(self) -> list[Document]: ...

    def in_trash(self) -> bool: ...

    def show_error(self, text: str, title: str | None = None) -> QMessageBox: ...

    def notify(self, text: str) -> None: ...

    def dialog_parent(self) -> QWidget:
        """The widget dialogs open over."""
        ...

    def select_company(self, company_id: int) -> None:
        """Make a company current (a filter hiding it is cleared)."""
        ...

    def open_settings(self, page: str = "") -> QWidget:
        """Open Settings, on ``page`` ("mail") when given; returns it, so a message about it can open over it."""
        ...

    def preview_find_text(self) -> str:
        """The words the preview beside the table is finding ("" when none)."""
        ...
