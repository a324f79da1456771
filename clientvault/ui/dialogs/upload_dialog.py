"""«Subir un archivo»: choose files, see each with its size and any reason it will be refused,
then «Cargar archivo(s)». The checks here change nothing; the import runs in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clientvault.core.errors import FileRefused
from clientvault.core.vault import Vault, expand_paths
from clientvault.ui.formatting import human_size


class UploadDialog(QDialog):
    COL_NAME, COL_SIZE, COL_STATUS = range(3)

    def __init__(self, vault: Vault, company_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("uploadDialog")
        self._vault = vault
        self.paths: list[Path] = []
        self.setWindowTitle(self.tr("Upload files to %1").replace("%1", company_name))
        self.resize(720, 420)
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
        self.list.setColumnWidth(self.COL_NAME, 300)
        self.list.setColumnWidth(self.COL_SIZE, 80)
        self.list.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.summary = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.load_button = self.buttons.addButton(self.tr("Upload file(s)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.load_button.setObjectName("uploadLoad")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.list)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self._update()

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
            item = QTreeWidgetItem([path.name, "", ""])
            item.setToolTip(self.COL_NAME, str(path))
            try:
                item.setText(self.COL_SIZE, human_size(path.stat().st_size))
                kind = self._vault.check_file(path)
                item.setText(self.COL_STATUS, self.tr("Ready (%1)").replace("%1", kind.label))
            except FileRefused as exc:
                item.setText(self.COL_STATUS, self.tr("Will be refused: %1").replace("%1", exc.reason))
                item.setToolTip(self.COL_STATUS, exc.reason)
                item.setForeground(self.COL_STATUS, Qt.GlobalColor.darkRed)
                item.setData(self.COL_NAME, Qt.ItemDataRole.UserRole, "refused")
            except OSError as exc:
                item.setText(self.COL_STATUS, exc.strerror or str(exc))
                item.setData(self.COL_NAME, Qt.ItemDataRole.UserRole, "refused")
            self.list.addTopLevelItem(item)
        self._update()

    def _on_remove_clicked(self) -> None:
        for item in self.list.selectedItems():
            idx = self.list.indexOfTopLevelItem(item)
            self.list.takeTopLevelItem(idx)
            del self.paths[idx]
        self._update()

    def refused_count(self) -> int:
        items = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return sum(1 for item in items
                   if item is not None and item.data(self.COL_NAME, Qt.ItemDataRole.UserRole) == "refused")

    def _update(self) -> None:
        total, refused = len(self.paths), self.refused_count()
        self.load_button.setEnabled(total > refused)
        self.remove_button.setEnabled(total > 0)
        if not total:
            self.summary.setText(self.tr("No files chosen yet."))
        else:
            self.summary.setText(self.tr("%1 file(s) ready, %2 will be refused.")
                                 .replace("%1", str(total - refused)).replace("%2", str(refused)))
