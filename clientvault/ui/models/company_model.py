"""The sidebar's model: companies with their file counts and the papers each one lacks (a few
hundred rows at most), and how many papers are due across all of them («Por vencer»)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTimer

from clientvault.core.values import DUE_DAYS, EXPIRED_DAYS, CompanyInfo, PaperGap
from clientvault.core.vault import Vault
from clientvault.ui.formatting import nit_text

Index = QModelIndex | QPersistentModelIndex


def gap_groups(gaps: list[PaperGap]) -> list[tuple[str, str]]:
    """(state, text) per kind of gap: «Falta: RUT, Cámara», «Vencido: Resolución». The gaps of one
    kind share their first word, as the core words each one («Falta: RUT»)."""
    groups: dict[tuple[str, str], list[str]] = {}
    for gap in gaps:
        text, label = gap.text, gap.type.label
        if text.endswith(label):  # «Falta: » + «RUT»
            groups.setdefault((gap.state, text[: len(text) - len(label)]), []).append(label)
        else:  # worded another way in some language: each one whole
            groups.setdefault((gap.state, text), [])
    return [(state, prefix + ", ".join(labels)) for (state, prefix), labels in groups.items()]


def gaps_text(gaps: list[PaperGap]) -> str:
    """«Falta: RUT, Cámara · Vencido: Resolución»; "" when nothing is missing."""
    return " · ".join(text for _state, text in gap_groups(gaps))


def ms_to_midnight(now: datetime) -> int:
    """Until just after the next midnight (local time), when the dates are counted again."""
    after = datetime.combine(now.date() + timedelta(days=1), time(0, 0, 5))
    return max(1000, int((after - now).total_seconds() * 1000))


class CompanyModel(QAbstractListModel):
    """One row per company; ``CompanyRole`` returns the ``CompanyInfo``, ``CountRole`` the file count,
    ``NitRole`` the row's second line (the NIT as it is written, or that there is none),
    ``GapsRole`` the company's ``PaperGap`` list (empty when its papers are in order) and
    ``GapsTextRole`` their short text.

    What a change may have moved (counts, gaps, the «Por vencer» count) is read again on every
    change (``reload``); a search or the missing-papers filter only picks rows again from the
    companies (``refresh``), so typing does not ask for the gaps at every keystroke."""

    CompanyRole = Qt.ItemDataRole.UserRole + 1
    CountRole = Qt.ItemDataRole.UserRole + 2
    NitRole = Qt.ItemDataRole.UserRole + 3
    GapsRole = Qt.ItemDataRole.UserRole + 4
    GapsTextRole = Qt.ItemDataRole.UserRole + 5

    def __init__(self, vault: Vault, parent: Any = None, events: Any = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._rows: list[CompanyInfo] = []
        self.search = ""
        self.only_gaps = False  # list only the companies with a paper missing or expired
        self.gaps: dict[int, list[PaperGap]] = {}
        self.due_count = 0
        self.due_days = DUE_DAYS  # the «Por vencer» page's choice: its badge counts what the page lists
        self.due_back: int | None = EXPIRED_DAYS  # how far back it lists expired papers (None: all)
        self._loaded = False
        # A window left open overnight: what was due yesterday has expired today, with no change made.
        self._midnight = QTimer(self)
        self._midnight.setSingleShot(True)
        self._midnight.timeout.connect(self.reload)
        if events is not None:
            # A type's rule edited also sends companiesChanged (events.py), so this covers typesChanged.
            events.companiesChanged.connect(self.reload)

    def reload(self) -> None:
        """Read again the gaps and the «Por vencer» count (one grouped query each), then the rows."""
        self.gaps = self._vault.paper_gaps()
        self.due_count = self._vault.due_count(self.due_days, expired_days=self.due_back)
        self._loaded = True
        self._midnight.start(ms_to_midnight(datetime.now()))
        self.refresh()

    def set_due_days(self, days: int, expired_days: int | None = EXPIRED_DAYS) -> None:
        if int(days) != self.due_days or expired_days != self.due_back:
            self.due_days, self.due_back = int(days), expired_days
            if self._loaded:
                self.reload()

    def refresh(self) -> None:
        if not self._loaded:
            self.reload()
            return
        self.beginResetModel()
        rows = self._vault.companies(self.search)
        self._rows = [info for info in rows if info.company.id in self.gaps] if self.only_gaps else rows
        self.endResetModel()

    def set_search(self, text: str) -> None:
        self.search = text.strip()
        self.refresh()

    def set_only_gaps(self, on: bool) -> None:
        if bool(on) != self.only_gaps:
            self.only_gaps = bool(on)
            self.refresh()

    def is_filtered(self) -> bool:
        """Rows are left out by a search or the missing-papers filter (an empty list is not an empty vault)."""
        return bool(self.search) or self.only_gaps

    def gaps_of(self, company_id: int | None) -> list[PaperGap]:
        return self.gaps.get(company_id, []) if company_id is not None else []

    def gaps_text(self, company_id: int | None) -> str:
        """The company heading's and the row's «Falta: RUT · Vencido: Cámara»; "" when none."""
        return gaps_text(self.gaps_of(company_id))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def info(self, row: int) -> CompanyInfo:
        return self._rows[row]

    def row_of(self, company_id: int) -> int:
        for i, info in enumerate(self._rows):
            if info.company.id == company_id:
                return i
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return info.company.name
        if role == self.CompanyRole:
            return info
        if role == self.CountRole:
            return info.count
        if role == self.NitRole:
            nit = nit_text(info.company.nit, info.company.dv)
            return self.tr("NIT %1").replace("%1", nit) if nit else self.tr("No NIT")
        if role == self.GapsRole:
            return self.gaps_of(info.company.id)
        if role == self.GapsTextRole:
            return self.gaps_text(info.company.id)
        if role == Qt.ItemDataRole.AccessibleTextRole:  # what the row shows, read aloud
            parts = [info.company.name, self.data(index, self.NitRole), self.tr("%Ln file(s)", "", info.count)]
            return ", ".join(parts + [t for t in [self.gaps_text(info.company.id)] if t])
        if role == Qt.ItemDataRole.ToolTipRole:
            nit = nit_text(info.company.nit, info.company.dv)
            files = self.tr("%Ln file(s)", "", info.count)
            lines = [info.company.name] + ([f"NIT {nit}"] if nit else []) + [files]
            return "\n".join(lines + [g.text for g in self.gaps_of(info.company.id)])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
