"""«Subir un archivo»: choose files, see each with its size and any reason it will be refused or
warning it carries (a file that looks damaged is uploaded all the same), then «Subir N archivos».
The checks here change nothing; the import runs in the background.

A reason says what to do at its end, so it is never only in a cut-off column: below the list a
word-wrapped pane lists every refusal and warning in full."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clientvault.core.errors import FileRefused, FileTooLarge, os_words
from clientvault.core.vault import Vault, expand_paths
from clientvault.ui.formatting import human_size
from clientvault.ui.widgets.details_pane import details_pane

WARNING_COLOR = QColor("#8a4b00")  # dark amber: readable on white, distinct from the refusals' red


class UploadDialog(QDialog):
    COL_NAME, COL_SIZE, COL_STATUS = range(3)
    STATE_ROLE = Qt.ItemDataRole.UserRole  # on COL_NAME: "ready", "damaged" or "refused"

    def __init__(self, vault: Vault, company_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("uploadDialog")
        self._vault = vault
        self.paths: list[Path] = []
        self._problems: list[str] = []  # one line per refused or damaged file, in list order
        self.setWindowTitle(self.tr("Upload files to %1").replace("%1", company_name))
        self._fit_to_screen()
        intro = QLabel(self.tr("Choose PDF, Excel, Word, image, CSV or text files of up to 5 MB each. "
                               "Files that cannot be uploaded are marked with the reason."))
        intro.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setObjectName("uploadChoose")
        self.remove_button = QPushButton(self.tr("Remove from list"))
        self.list = QTreeWidget()
        self.list.setObjectName("uploadList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("Status")])
        header = self.list.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(self.COL_SIZE, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setColumnWidth(self.COL_NAME, 280)
        self.list.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        # Every refusal and warning in full, wrapped: the column cuts them where they say what to do.
        self.details, self.details_area = details_pane("uploadDetails")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.load_button = self.buttons.addButton(self.tr("Upload %n file(s)", "", 0),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.load_button.setObjectName("uploadLoad")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.details_area, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self._update()

    def _fit_to_screen(self) -> None:
        """Room for the list and the reasons, within the screen (a 1366x768 laptop too)."""
        parent = self.parentWidget()
        screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        self.resize(min(880, available.width() - 40), min(600, available.height() - 60))

    def _connect_signals(self) -> None:
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _on_choose_clicked(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose files"), "",
            self.tr("Documents (*.pdf *.xlsx *.xlsm *.xls *.docx *.doc *.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff "
                    "*.webp *.heic *.csv *.txt);;All files (*)"))
        self.add_paths(files)

    def add_paths(self, paths: list[str]) -> None:
        """Add files (folders are expanded), checking each one; duplicates in the list are skipped."""
        known = set(self.paths)
        for path in expand_paths(paths):
            if path in known:
                continue
            known.add(path)
            self.paths.append(path)
            self.list.addTopLevelItem(self._checked_item(path))
        self._update()

    def _checked_item(self, path: Path) -> QTreeWidgetItem:
        item = QTreeWidgetItem([path.name, "", ""])
        item.setToolTip(self.COL_NAME, str(path))
        try:
            item.setText(self.COL_SIZE, human_size(path.stat().st_size))
            kind = self._vault.check_file(path)
        except FileRefused as exc:
            if isinstance(exc, FileTooLarge):  # the size as its reason says it («5,04 MB»), never «5,0 MB»
                item.setText(self.COL_SIZE, exc.size_text)
            self._mark(item, "refused", self.tr("Will be refused: %1").replace("%1", exc.reason), exc.reason)
            return item
        except OSError as exc:
            reason = self.tr("It cannot be read: %1.").replace("%1", os_words(exc))
            self._mark(item, "refused", self.tr("Will be refused: %1").replace("%1", reason), reason)
            return item
        warning = self._vault.damage_of(path, kind)
        if warning:
            self._mark(item, "damaged", self.tr("Ready (%1), looks damaged").replace("%1", kind.label), warning)
        else:
            item.setText(self.COL_STATUS, self.tr("Ready (%1)").replace("%1", kind.label))
            item.setData(self.COL_NAME, self.STATE_ROLE, "ready")
        return item

    def _mark(self, item: QTreeWidgetItem, state: str, status: str, reason: str) -> None:
        item.setText(self.COL_STATUS, status)
        item.setToolTip(self.COL_STATUS, reason)
        item.setForeground(self.COL_STATUS, Qt.GlobalColor.darkRed if state == "refused" else WARNING_COLOR)
        item.setData(self.COL_NAME, self.STATE_ROLE, state)
        item.setData(self.COL_STATUS, self.STATE_ROLE, reason)

    def _on_remove_clicked(self) -> None:
        for item in self.list.selectedItems():
            idx = self.list.indexOfTopLevelItem(item)
            self.list.takeTopLevelItem(idx)
            del self.paths[idx]
        self._update()

    def _items(self) -> list[QTreeWidgetItem]:
        items = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [item for item in items if item is not None]

    def _count(self, state: str) -> int:
        return sum(1 for item in self._items() if item.data(self.COL_NAME, self.STATE_ROLE) == state)

    def refused_count(self) -> int:
        return self._count("refused")

    def _update(self) -> None:
        total, refused, damaged = len(self.paths), self.refused_count(), self._count("damaged")
        ready = total - refused
        self.load_button.setText(self.tr("Upload %n file(s)", "", ready))
        self.load_button.setEnabled(ready > 0)
        self.remove_button.setEnabled(total > 0)
        if not total:
            self.summary.setText(self.tr("No files chosen yet."))
        else:
            parts = [self.tr("%n file(s) ready", "", ready)]
            if damaged:
                parts[0] += " " + self.tr("(%n with a warning)", "", damaged)
            if refused:
                parts.append(self.tr("%n will be refused", "", refused))
            self.summary.setText(", ".join(parts) + ".")
        lines = []
        for item in self._items():
            state, reason = item.data(self.COL_NAME, self.STATE_ROLE), item.data(self.COL_STATUS, self.STATE_ROLE)
            if state == "refused":
                lines.append(self.tr("“%1” will be refused: %2").replace("%1", item.text(self.COL_NAME))
                             .replace("%2", reason))
            elif state == "damaged":
                lines.append(self.tr("“%1” will be uploaded with a warning. %2")
                             .replace("%1", item.text(self.COL_NAME)).replace("%2", reason))
        self._problems = lines
        self.details.setText("\n\n".join(lines))
        self.details_area.setVisible(bool(lines))

    def problems(self) -> list[str]:
        """The refusals and warnings the pane below the list shows, one per file (for tests and screenshots)."""
        return list(self._problems)
