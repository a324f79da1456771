"""What a person sets before printing, beside the print preview's pages: the printer (every queue the
system knows, and «Save as PDF file…»), copies, all pages or a range, orientation, and how many
sheets of paper that takes; a note when the preview shows fewer pages than the document has, and
the reason a print failed.

Signals:
    printerChanged(str): another printer was chosen (``PDF_TARGET`` for a PDF file).
    orientationChanged(): the pages must be laid out again.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from clientvault.ui.printing import PageRange

Orientation = QPageLayout.Orientation
PDF_TARGET = ""  # the printer list's «Save as PDF file…» entry
PANEL_WIDTH = 270
ERROR_STYLE = "color: #c62828"


class PrintSettings(QFrame):
    printerChanged = Signal(str)
    orientationChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printSettings")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(PANEL_WIDTH)
        self.total = 0  # the document's pages
        self.about = False  # total is a guess (see set_total)
        self._build()
        self._fill_printers()
        self._connect_signals()
        self._on_printer_combo_current_index_changed(self.printer_combo.currentIndex())

    def _build(self) -> None:
        self.printer_combo = QComboBox(self)
        self.printer_combo.setObjectName("printerCombo")
        self.printer_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.printer_combo.setMinimumContentsLength(12)
        self.no_printer_note = QLabel(self.tr("No printer is installed on this computer; you can save the pages "
                                              "as a PDF file and print them elsewhere."), self)
        self.no_printer_note.setObjectName("noPrinterNote")
        self.no_printer_note.setWordWrap(True)
        self.copies_spin = QSpinBox(self)
        self.copies_spin.setObjectName("copiesSpin")
        self.copies_spin.setRange(1, 99)
        self.all_pages = QRadioButton(self.tr("All pages"), self)
        self.all_pages.setObjectName("allPages")
        self.some_pages = QRadioButton(self.tr("From"), self)
        self.some_pages.setObjectName("somePages")
        self.all_pages.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.all_pages)
        group.addButton(self.some_pages)
        self.from_spin, self.to_spin = QSpinBox(self), QSpinBox(self)
        self.from_spin.setObjectName("fromPageSpin")
        self.to_spin.setObjectName("toPageSpin")
        for spin in (self.from_spin, self.to_spin):
            spin.setRange(1, 1)
        range_row = QHBoxLayout()
        range_row.addWidget(self.some_pages)
        range_row.addWidget(self.from_spin)
        range_row.addWidget(QLabel(self.tr("to"), self))
        range_row.addWidget(self.to_spin)
        range_row.addStretch(1)
        self.orientation_combo = QComboBox(self)
        self.orientation_combo.setObjectName("orientationCombo")
        self.orientation_combo.addItem(self.tr("As the document is"), None)
        self.orientation_combo.addItem(self.tr("Portrait"), Orientation.Portrait)
        self.orientation_combo.addItem(self.tr("Landscape"), Orientation.Landscape)
        self.sheets_label = QLabel(self)
        self.sheets_label.setObjectName("sheetsOfPaper")
        self.sheets_label.setWordWrap(True)
        self.preview_note = QLabel(self)
        self.preview_note.setObjectName("previewPagesNote")
        self.preview_note.setWordWrap(True)
        self.preview_note.hide()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("printError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()

        grid = QGridLayout(self)
        grid.setContentsMargins(14, 14, 14, 14)
        grid.setVerticalSpacing(6)
        row = 0
        for title, items in ((self.tr("Printer"), [self.printer_combo, self.no_printer_note]),
                             (self.tr("Copies"), [self.copies_spin]),
                             (self.tr("Pages"), [self.all_pages, range_row]),
                             (self.tr("Orientation"), [self.orientation_combo])):
            grid.addWidget(QLabel(f"<b>{title}</b>", self), row, 0)
            row += 1
            for item in items:
                if isinstance(item, QWidget):
                    grid.addWidget(item, row, 0)
                elif isinstance(item, QHBoxLayout):
                    grid.addLayout(item, row, 0)
                row += 1
            grid.setRowMinimumHeight(row, 10)
            row += 1
        for label in (self.sheets_label, self.preview_note, self.error_label):
            grid.addWidget(label, row, 0)
            row += 1
        grid.setRowStretch(row, 1)

    def _fill_printers(self) -> None:
        names = QPrinterInfo.availablePrinterNames()
        for name in names:
            self.printer_combo.addItem(name, name)
        self.printer_combo.addItem(self.tr("Save as PDF file…"), PDF_TARGET)
        default = QPrinterInfo.defaultPrinterName()
        self.printer_combo.setCurrentIndex(names.index(default) if default in names else 0)
        self.no_printer_note.setVisible(not names)

    def _connect_signals(self) -> None:
        self.printer_combo.currentIndexChanged.connect(self._on_printer_combo_current_index_changed)
        self.orientation_combo.currentIndexChanged.connect(lambda _i: self.orientationChanged.emit())
        for spin in (self.copies_spin, self.from_spin, self.to_spin):
            spin.valueChanged.connect(self.update_summary)
        for spin in (self.from_spin, self.to_spin):  # typing a page number means «these pages»
            spin.valueChanged.connect(lambda _v: self.some_pages.setChecked(True))
        self.all_pages.toggled.connect(self.update_summary)

    def _on_printer_combo_current_index_changed(self, _index: int) -> None:
        name = self.printer_name()
        self.copies_spin.setEnabled(name != PDF_TARGET)  # a PDF file holds one copy; print it as often as needed
        if name == PDF_TARGET:
            self.copies_spin.setValue(1)
        self.update_summary()
        self.printerChanged.emit(name)

    # -- what the window asks ---------------------------------------------------------------------

    def printer_name(self) -> str:
        return str(self.printer_combo.currentData())

    def copies(self) -> int:
        return self.copies_spin.value()

    def orientation(self) -> Orientation | None:
        data = self.orientation_combo.currentData()
        return None if data is None else Orientation(data)

    def page_range(self) -> PageRange:
        if self.all_pages.isChecked():
            return None
        return self.from_spin.value(), max(self.from_spin.value(), self.to_spin.value())

    def set_total(self, total: int, about: bool = False) -> None:
        """The document's own page count (the preview may show fewer): the range goes up to it, and
        «to» follows it while all pages are chosen. ``about``: a guess (a long sheet's preview lays
        out only the pages it shows): the range may go past it, as the paper may have more pages
        (a range past the end prints to the end)."""
        first_time = self.total == 0
        self.total, self.about = total, about
        for spin in (self.from_spin, self.to_spin):
            spin.blockSignals(True)
            spin.setMaximum(2 * total if about else total)
        if first_time or self.all_pages.isChecked():
            self.to_spin.setValue(total)
        for spin in (self.from_spin, self.to_spin):
            spin.blockSignals(False)
        self.update_summary()

    def set_shown(self, shown: int) -> None:
        """How many pages the preview holds: a note when that is fewer than the document's."""
        words = (self.tr("The preview shows the first %1 pages of about %2; Print prints every page chosen.")
                 if self.about else self.tr("The preview shows the first %1 pages of %2; Print prints every page chosen."))
        self.preview_note.setText(words.replace("%1", str(shown)).replace("%2", str(self.total)))
        self.preview_note.setVisible(0 < shown < self.total)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def update_summary(self) -> None:
        total = max(1, self.total)
        pages = self.page_range()
        count = total if pages is None else max(0, min(pages[1], total) - pages[0] + 1)
        self.sheets_label.setText(self.tr("%n sheet(s) of paper", "", count * self.copies()))
