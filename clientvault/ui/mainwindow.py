"""The main window: composition and signal wiring. What each action does lives in
``file_actions.py`` (documents), ``company_actions.py`` (companies) and ``mail_actions.py``; what the
views show follows the vault's change feed (``events.py``)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelectionModel, QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clientvault import APP_NAME
from clientvault.core.values import CompanyInfo, Document, DueItem
from clientvault.core.vault import SearchHit, Vault
from clientvault.ui import actions
from clientvault.ui.company_actions import CompanyActions
from clientvault.ui.events import VaultEvents
from clientvault.ui.file_actions import FileActions, can_print
from clientvault.ui.formatting import human_size
from clientvault.ui.mail_actions import MailActions
from clientvault.ui.maintenance_actions import MaintenanceActions
from clientvault.ui.models.company_model import CompanyModel
from clientvault.ui.models.document_model import DocumentModel
from clientvault.ui.paper_actions import MAX_BULK, PaperActions
from clientvault.ui.search_controller import SearchController
from clientvault.ui.text_indexer import IndexStatus, TextIndexer
from clientvault.ui.transfer_actions import TransferActions
from clientvault.ui.widgets.company_delegate import GapsLabel
from clientvault.ui.widgets.company_sidebar import CompanySidebar, OfferLink
from clientvault.ui.widgets.document_table import DocumentTable
from clientvault.ui.widgets.due_view import DueView
from clientvault.ui.widgets.first_start import FirstStartPage
from clientvault.ui.widgets.fitting_toolbar import FittingToolBar
from clientvault.ui.widgets.paper_details import PaperDetails
from clientvault.ui.widgets.paper_fields import TypeFilter
from clientvault.ui.widgets.preview_pane import PreviewPane
from clientvault.ui.widgets.search_panel import SearchPanel, search_field
from clientvault.ui.widgets.trash_bar import TrashBar

# Where the splitter's widths are kept. Not the old "splitter": every window saved that on closing, so
# the old default (a 320-pixel preview nobody could read) would have come back as if chosen.
SPLITTER_KEY = "mainSplitter"
DETAILS_SPLITTER_KEY = "previewDetailsSplitter"  # the preview over the details panel
HIDDEN_COLUMNS_KEY = "hiddenColumns"  # the table's columns hidden from its headers' menu ("format", "size")
DUE_NOTICE_MS = 15_000  # how long the start-up notice of papers due this week stays in the status bar
KEEP_SELECTED = 5000  # a selection kept across a refresh of the table (a change anywhere in the company)


class MainWindow(QMainWindow):
    """Companies on the left, their files in the middle, the preview on the right."""

    def __init__(self, vault: Vault, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.vault = vault
        self.settings = settings or QSettings(str(vault.root / "settings.ini"), QSettings.Format.IniFormat)
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(actions.app_icon())
        self.last_message: QMessageBox | None = None
        self.settings_dialog: QWidget | None = None
        # (document id, row) of the files selected, as of the last selection change: a model reset
        # forgets the selection without a signal, so this is what is selected again after it.
        self._selection: list[tuple[int, int]] = []
        self._kept_scroll = 0
        vault.wait_for_locks(5)  # this thread is the window's: say "busy" rather than freeze for a minute
        self.events = VaultEvents(vault, self)
        self.company_model = CompanyModel(vault, self, self.events)
        self.document_model = DocumentModel(vault, self, self.events)
        self._build_widgets()
        self._build_actions()
        self.files = FileActions(vault, self, self.events, self)
        self.papers = PaperActions(vault, self, self.events, self.details_panel, self.document_model, self)
        self.files.text_reader = self.indexer
        self.transfers = TransferActions(vault, self, self.events, self)
        self.mail = MailActions(vault, self, self)
        self.companies = CompanyActions(vault, self, self.events, self)
        self.search = SearchController(vault, self, self)
        self.upkeep = MaintenanceActions(vault, self, self.events, self)
        self._build_menus()
        self._connect_signals()
        self.company_model.refresh()
        last = self.settings.value("lastCompany", None)
        if str(last or "").isdigit():
            self.sidebar.select_company(int(str(last)))
        self._restore_layout()
        self.update_actions()
        self._due_noticed = False
        self.due_notice: QWidget | None = None
        self.due_view.refresh()  # for the start-up notice

    # -- construction ---------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.sidebar = CompanySidebar(self.company_model, self)
        self.company_list = self.sidebar.list
        self.heading = QLabel()
        self.heading.setObjectName("companyHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("documentFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter files by name…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.table = DocumentTable(self.document_model, self)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.preview_pane = PreviewPane(self)
        self.files_page = QWidget()
        col = QVBoxLayout(self.files_page)
        col.setContentsMargins(0, 6, 0, 6)
        self.heading_gaps = GapsLabel()  # «— Falta: RUT · Vencido: Cámara» beside the company's name
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading)
        heading_row.addWidget(self.heading_gaps, 1)
        col.addLayout(heading_row)
        self.type_filter = TypeFilter()
        self.type_filter.set_types(self.document_model.types())
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_edit, 1)
        filter_row.addWidget(self.type_filter)
        col.addLayout(filter_row)
        col.addWidget(self.table)
        QWidget.setTabOrder(self.filter_edit, self.type_filter)  # as it reads: name filter, type, the files
        QWidget.setTabOrder(self.type_filter, self.table)
        self.search_field = search_field(self)
        self.search_panel = SearchPanel(self)
        self.middle = QStackedWidget()  # the company's files, or the results of the search field
        self.middle.setObjectName("middleStack")
        self.middle.addWidget(self.files_page)
        self.middle.addWidget(self.search_panel)
        self.due_view = DueView(self.vault, self.events, self.settings)  # «Por vencer», every company's papers
        self.middle.addWidget(self.due_view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.middle)
        # The preview on top, the selected paper's details under it; the preview keeps most of the
        # height (a page must stay readable), the details may be dragged shut.
        self.details_panel = PaperDetails()
        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.setObjectName("previewDetailsSplitter")
        self.right_splitter.addWidget(self.preview_pane)
        self.right_splitter.addWidget(self.details_panel)
        self.right_splitter.setCollapsible(0, False)
        self.right_splitter.setStretchFactor(0, 3)
        self.right_splitter.setStretchFactor(1, 2)
        self.right_splitter.setSizes([380, 300])
        self.splitter.addWidget(self.right_splitter)
        # The preview gets 40 % of the window's default 1200 pixels, room for a readable PDF page beside
        # the list; the list and the preview grow with the window in proportion to their widths (so a
        # little more than 40 % on a wider screen), the sidebar keeps its own; neither the list nor the
        # preview can be dragged shut (a pane collapsed to nothing, remembered, looks like a bug).
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setCollapsible(2, False)
        self._sizes_before_search: list[int] | None = None
        self._on_middle_current_changed(0)  # before the sizes: a size policy changed after them resets them
        sidebar = self.sidebar.default_width()
        self.splitter.setSizes([sidebar, max(1200 - 480 - sidebar, 200), 480])
        self.empty_state = FirstStartPage(self)
        self.empty_button = self.empty_state.button
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)
        self.indexer = TextIndexer(self.vault, self.events, self)
        self.statusBar().addPermanentWidget(IndexStatus(self.indexer, self))  # left of the counts
        self.stats_label = QLabel()
        self.stats_label.setObjectName("statsLabel")
        self.statusBar().addPermanentWidget(self.stats_label)

    def _build_actions(self) -> None:
        a = actions
        self.action_upload, self.action_preview, self.action_save_copy = a.upload(self), a.preview(self), a.save_copy(self)
        self.action_print, self.action_send_email, self.action_delete = a.print_(self), a.send_email(self), a.delete(self)
        self.action_rename, self.action_restore, self.action_purge = a.rename(self), a.restore(self), a.purge(self)
        self.action_undo, self.action_open_external = a.undo(self), a.open_external(self)
        self.action_quick_look, self.action_search = a.quick_look(self), a.search_all(self)
        self.action_show_in_folder, self.action_trash, self.action_find = a.show_in_folder(self), a.trash_view(self), a.find(self)
        self.action_add_company, self.action_edit_company = a.add_company(self), a.edit_company(self)
        self.action_remove_company, self.action_settings = a.remove_company(self), a.settings(self)
        self.action_quit, self.action_about = a.quit_(self), a.about(self)
        self.action_backup, self.action_restore_backup = a.backup(self), a.restore_backup(self)
        self.action_check_files, self.action_empty_trash = a.check_files(self), a.empty_trash(self)
        self.action_removed_companies = a.removed_companies(self)
        self.action_move_to, self.action_copy_to = a.move_to_company(self), a.copy_to_company(self)
        # Above the table while the trash is shown: how long files stay in it, and «Vaciar papelera».
        self.trash_bar = TrashBar(self.action_trash, self.action_empty_trash)
        layout = self.files_page.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.table), self.trash_bar)
        # Shortcuts of table actions act when the table has focus, so typing in a filter box is not hijacked.
        for action in (self.action_preview, self.action_quick_look, self.action_delete, self.action_rename,
                       self.action_purge):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.table.addAction(action)
        for action in (self.action_upload, self.action_save_copy, self.action_print, self.action_send_email,
                       self.action_undo, self.action_open_external, self.action_trash, self.action_find, self.action_search,
                       self.action_add_company, self.action_settings, self.action_quit):
            self.addAction(action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        menus: list[tuple[str, list[QAction | None]]] = [
            (self.tr("&File"), [self.action_upload, self.action_save_copy, self.action_print, self.action_send_email,
                                self.mail.action_history, None, self.action_move_to, self.action_copy_to, None,
                                self.action_backup, self.action_restore_backup,
                                self.action_check_files, None, self.action_settings, None, self.action_quit]),
            (self.tr("&Edit"), [self.action_undo, None, self.action_rename, self.action_delete, self.action_restore,
                                self.action_purge, self.action_empty_trash, None, self.action_find, self.action_search]),
            (self.tr("&Company"), [self.action_add_company, self.action_edit_company, self.action_remove_company,
                                   None, self.action_show_in_folder, None, self.action_removed_companies]),
            (self.tr("&View"), [self.action_preview, self.action_quick_look, self.action_open_external, None,
                                self.action_trash]),
            (self.tr("&Help"), [self.action_about]),
        ]
        for title, items in menus:
            menu = bar.addMenu(title)
            for item in items:
                menu.addSeparator() if item is None else menu.addAction(item)
        self.toolbar = FittingToolBar(self.tr("Actions"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        for item in (self.action_upload, None, self.action_preview, self.action_save_copy, self.action_print,
                     self.action_send_email, None, self.action_rename, self.action_delete, None, self.action_trash,
                     self.action_restore):
            self.toolbar.addSeparator() if item is None else self.toolbar.addAction(item)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.search_field)
        self.toolbar.shrink_order = [self.action_restore, self.action_rename, self.action_save_copy, self.action_send_email,
                                     self.action_print, self.action_preview, self.action_delete, self.action_trash,
                                     self.action_upload]
        self.addToolBar(self.toolbar)
        self.company_menu = QMenu(self)
        for item in (self.action_upload, None, self.action_edit_company, self.action_remove_company,
                     self.action_show_in_folder):
            self.company_menu.addSeparator() if item is None else self.company_menu.addAction(item)
        self.company_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def _connect_signals(self) -> None:
        self.middle.currentChanged.connect(self._on_middle_current_changed)
        self.sidebar.currentCompanyChanged.connect(self._on_sidebar_current_company_changed)
        self.company_list.filesDropped.connect(self.files.import_paths)
        self.company_list.documentsDropped.connect(lambda cid, ids, move: self.transfers.transfer(ids, cid, move))
        self.company_list.customContextMenuRequested.connect(
            lambda pos: self.company_menu.popup(self.company_list.viewport().mapToGlobal(pos)))
        self.filter_edit.textChanged.connect(self.document_model.set_search)
        self.type_filter.typeChosen.connect(self.document_model.set_doc_type)
        self.events.typesChanged.connect(lambda: self.type_filter.set_types(self.document_model.types()))
        self.middle.currentChanged.connect(lambda _i: self._show_details())
        self.table.filesDropped.connect(lambda paths: self.files.import_paths(self.current_company_id(), paths))
        self.table.doubleClicked.connect(lambda _index: self.action_preview.trigger())
        self.table.customContextMenuRequested.connect(self._on_table_context_menu_requested)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.document_model.modelAboutToBeReset.connect(self._on_document_model_about_to_be_reset)
        self.document_model.modelReset.connect(self._on_document_model_reset)
        self.document_model.rowsInserted.connect(self.update_actions)
        self.document_model.renameFailed.connect(self.show_error)
        self.empty_button.clicked.connect(self.action_add_company.trigger)
        self.action_find.triggered.connect(self._on_action_find_triggered)
        self.action_search.triggered.connect(self.search.focus_field)
        self.sidebar.searchDocumentsRequested.connect(self.search.search_for)
        self.sidebar.dueRequested.connect(self.show_due)
        self._on_due_view_choice_changed()  # the badge counts what the page lists
        self.due_view.days_combo.currentIndexChanged.connect(self._on_due_view_choice_changed)
        self.due_view.older_check.toggled.connect(self._on_due_view_choice_changed)
        self.due_view.openRequested.connect(lambda doc: self.search.open_hit(SearchHit(doc, "name")))
        self.due_view.currentDocumentChanged.connect(self._on_due_view_current_document_changed)
        self.due_view.loaded.connect(self._on_due_view_loaded)
        self.due_view.errorRaised.connect(self.show_error)
        self.due_view.notice.connect(self.notify)
        self.indexer.progressed.connect(self.search.on_reading_progressed)
        self.indexer.progressed.connect(lambda *_: self.papers.refresh_hints())  # a file's text read
        self.indexer.finished.connect(self.search.on_reading_finished)
        self.action_trash.toggled.connect(self._on_action_trash_toggled)
        self.action_quit.triggered.connect(self.close)
        self.action_about.triggered.connect(self._on_action_about_triggered)
        self.action_settings.triggered.connect(self._on_action_settings_triggered)
        self.sidebar.add_button.clicked.connect(self.action_add_company.trigger)
        self.action_rename.triggered.connect(self._on_action_rename_triggered)
        for action, slot in (
            (self.action_upload, self.files.upload), (self.action_delete, self.files.delete_selected),
            (self.action_undo, self.files.undo_delete), (self.action_restore, self.files.restore_selected),
            (self.action_purge, self.files.purge_selected), (self.action_save_copy, self.files.save_copy),
            (self.action_open_external, self.files.open_external), (self.action_show_in_folder, self.files.show_in_folder),
            (self.action_preview, self.files.preview_selected), (self.action_quick_look, self.files.quick_look),
            (self.action_print, self.files.print_selected), (self.action_send_email, self.mail.compose),
            (self.action_add_company, self.companies.add), (self.action_edit_company, self.companies.edit),
            (self.action_remove_company, self.companies.remove), (self.action_check_files, self.upkeep.check_files),
            (self.action_empty_trash, self.upkeep.empty_trash),
            (self.action_removed_companies, self.upkeep.removed_companies),
            (self.action_move_to, self.transfers.move_selected), (self.action_copy_to, self.transfers.copy_selected),
            (self.action_backup, self.upkeep.backup), (self.action_restore_backup, self.upkeep.restore_backup),
        ):
            action.triggered.connect(slot)
        self.files.undoChanged.connect(self.update_actions)
        self.preview_pane.stateChanged.connect(self.update_actions)  # a file found damaged cannot be printed
        self.mail.connect_actions()
        self.company_model.modelReset.connect(self._on_company_model_reset)

    # -- state ----------------------------------------------------------------------------------

    def current_company_id(self) -> int | None:
        return self.sidebar.current_id

    def _current_info(self) -> CompanyInfo | None:
        cid = self.sidebar.current_id
        row = self.company_model.row_of(cid) if cid is not None else -1
        return self.company_model.info(row) if row >= 0 else None

    def current_company_name(self) -> str:
        info = self._current_info()
        return info.company.name if info is not None else ""

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()
                       if i.row() < self.document_model.rowCount()})

    def selected_documents(self) -> list[Document]:
        """The documents selected (reading their pages: a select-all of 100,000 reads them all, so
        what only needs to know how many asks ``selected_rows``)."""
        return [d for d in map(self.document_model.document_at, self.selected_rows()) if d is not None]

    # -- what controllers may ask of the window (ui/host.py) ---------------------------------------

    def dialog_parent(self) -> QWidget:
        return self

    def select_company(self, company_id: int) -> None:
        self.sidebar.select_company(company_id)

    def open_settings(self, page: str = "") -> QWidget:
        from clientvault.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.vault, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if page == "mail":
            dialog.tabs.setCurrentWidget(dialog.mail_page)
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def in_trash(self) -> bool:
        return self.action_trash.isChecked()

    def preview_find_text(self) -> str:
        return self.preview_pane.find_text()

    def preview_selection(self, rows: list[int] | None = None) -> None:
        """The pane previews the one file selected in the table (nothing when none is); for several it
        says how many and their size, with the actions that apply to all of them; ``rows``:
        ``selected_rows()`` when the caller has them already."""
        rows = self.selected_rows() if rows is None else rows
        if len(rows) > 1:
            actions = ([self.action_restore, self.action_purge] if self.in_trash() else
                       [self.action_send_email, self.action_save_copy, self.action_delete])
            self.preview_pane.show_selection(len(rows), self.document_model.size_of_rows(rows), actions)
            return
        self.preview_pane.show_document(self.document_model.document_at(rows[0]) if len(rows) == 1 else None,
                                        self.vault)

    def update_actions(self) -> None:
        """Enable exactly the actions that can apply to the current selection."""
        has_company = self.current_company_id() is not None
        count = 0 if self.search.showing() or self.showing_due() else len(self.selected_rows())  # out of sight
        one, some, trash = count == 1, count > 0, self.in_trash()
        for action, enabled in (
            (self.action_upload, has_company and not trash), (self.action_preview, one and not trash),
            (self.action_quick_look, one and not trash),
            (self.action_save_copy, some and not trash), (self.action_print, one and not trash and self._printable()),
            (self.action_send_email, some and not trash), (self.action_delete, some and not trash),
            (self.action_rename, one and not trash), (self.action_restore, some and trash),
            (self.action_move_to, some and not trash), (self.action_copy_to, some and not trash),
            (self.action_purge, some and trash), (self.action_open_external, one and not trash),
            (self.action_show_in_folder, has_company), (self.action_trash, has_company),
            (self.action_edit_company, has_company), (self.action_remove_company, has_company),
            (self.action_find, has_company), (self.action_undo, bool(self.files.last_deleted)),
            (self.action_empty_trash, has_company and trash),
            (self.action_backup, self.company_model.rowCount() > 0 or self.company_model.is_filtered()),
        ):
            action.setEnabled(enabled)
        self.stack.setCurrentWidget(self.splitter if self.company_model.rowCount() or self.company_model.is_filtered()
                                    else self.empty_state)
        self._update_status()

    def _printable(self) -> bool:
        """Print applies to a file the preview can show: not one of a kind it does not know, nor one the
        pane found damaged or unsupported."""
        docs = self.selected_documents()
        return len(docs) == 1 and can_print(docs[0]) and self.preview_pane.state not in ("error", "unsupported")

    def _update_status(self) -> None:
        cid = self.current_company_id()
        gaps_of = None if self.in_trash() else cid  # the trash's heading is about the files thrown away
        self.heading_gaps.show_gaps(self.company_model.gaps_of(gaps_of), self.company_model.gaps_text(gaps_of))
        if cid is None:
            search = self.sidebar.filter_edit.text().strip()
            self.heading.setText(self.tr("No company matches «%1». Clear the search to see them all.").replace("%1", search)
                                 if search and not self.company_model.rowCount() else self.tr("Choose a company on the left"))
            self.stats_label.setText("")
            self.table.empty_text = ""
            return
        info = self._current_info()
        if info is None:
            return
        if self.in_trash():
            count, size = self.vault.company_totals(cid, trash=True)
            stats = self.tr("%Ln file(s) in the trash", "", count)
        else:
            # The sidebar's row already holds the totals (re-read after every change), so typing in the
            # filter box does not recount 100,000 rows at each keystroke.
            count, size = info.count, info.total_size
            stats = self.tr("%Ln file(s)", "", count)
        self.heading.setText(info.company.name + (self.tr(" — Trash") if self.in_trash() else ""))
        if self.document_model.search.strip() or self.document_model.doc_type is not None:
            # A filter typed: how many of them it shows (the table's own count; no size, which would
            # need every match summed at each keystroke).
            shown = QLocale().toString(self.document_model.rowCount())
            self.stats_label.setText((self.tr("%1 of %Ln file(s) in the trash", "", count) if self.in_trash() else
                                      self.tr("%1 of %Ln file(s)", "", count)).replace("%1", shown))
        else:
            self.stats_label.setText(stats + " · " + human_size(size))
        if self.in_trash():
            self.table.empty_text = self.tr("The trash is empty.")
        elif self.filter_edit.text():
            self.table.empty_text = self.tr("No file name contains «%1».").replace("%1", self.filter_edit.text())
        elif self.document_model.doc_type is not None:
            self.table.empty_text = self.tr("No file is of the type «%1».").replace("%1", self.type_filter.currentText())
        else:
            self.table.empty_text = self.tr("No files yet.\nDrag files here or use «Upload a file».")
        self.table.viewport().update()

    def show_error(self, text: str, title: str | None = None) -> QMessageBox:
        """A non-blocking message box (so background work and tests keep running behind it)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title or APP_NAME, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("errorMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_message = box
        box.open()
        self.statusBar().showMessage(text, 10000)
        return box

    def notify(self, text: str) -> None:
        self.statusBar().showMessage(text, 15000)

    # -- «Por vencer» ----------------------------------------------------------------------------

    def showing_due(self) -> bool:
        return self.middle.currentWidget() is self.due_view

    def show_due(self) -> None:
        """The sidebar's «Por vencer»: the papers of every company in the middle, in place of the files."""
        self.middle.setCurrentWidget(self.due_view)
        sizes = self.splitter.sizes()
        room = sum(sizes[1:])
        if sizes[1] < room * 0.7:  # the list's seven columns before the preview (as it was once closed)
            self.splitter.setSizes([sizes[0], int(room * 0.7), room - int(room * 0.7)])
        self.due_view.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        self.preview_pane.show_document(self.due_view.current_document(), self.vault)
        self.update_actions()

    def _on_due_view_current_document_changed(self, doc: Document | None) -> None:
        if self.showing_due():
            self.preview_pane.show_document(doc, self.vault)
            self._show_details()

    def _on_due_view_loaded(self, items: list[DueItem]) -> None:
        """Once per start, quietly: what is due this week and what has expired, a line in the status
        bar for 15 seconds that opens «Por vencer» when clicked (no box to close)."""
        if self._due_noticed:
            return
        self._due_noticed = True
        text = self.due_view.notice_text(items)
        if not text:
            return
        notice = self.due_notice = OfferLink(self)
        notice.setObjectName("dueNotice")
        notice.setWordWrap(False)
        notice.setText(text)
        notice.clicked.connect(self.sidebar.show_due)
        notice.clicked.connect(notice.deleteLater)
        self.statusBar().addWidget(notice)
        QTimer.singleShot(DUE_NOTICE_MS, notice, notice.deleteLater)

    # -- handlers -------------------------------------------------------------------------------

    def _on_sidebar_current_company_changed(self, cid: int | None) -> None:
        if cid is not None:
            self.settings.setValue("lastCompany", cid)
            if self.showing_due():  # a company chosen again: its files come back
                self.middle.setCurrentWidget(self.files_page)
        if cid != self.document_model.company_id:
            self.files.forget_undo()
            self.document_model.set_company(cid)
        self.update_actions()

    def _on_company_model_reset(self) -> None:
        self.update_actions()

    def _on_document_model_about_to_be_reset(self) -> None:
        # The selection to keep is self._selection, taken when it changed, not now: the change is
        # already committed, and a page of rows read now would be the new state's (another file at
        # the selected row).
        self._kept_scroll = self.table.verticalScrollBar().value()

    def _on_document_model_reset(self) -> None:
        """A reset forgets the selection without telling anyone: select again what is still there,
        then bring the preview and the actions in step with what is selected now."""
        rows = self.document_model.rows_of(self._selection)
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        for i, row in enumerate(rows):
            index = self.document_model.index(row, 0)
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            if i == 0:
                selection.setCurrentIndex(index, flags)
            else:
                selection.select(index, flags)
        selection.blockSignals(False)
        if rows:  # the same rows are there again: so is the place the person was looking at
            self.table.verticalScrollBar().setValue(self._kept_scroll)
        self.table.viewport().update()
        self._on_table_selection_changed()

    def _on_table_selection_changed(self) -> None:
        # Which files are selected and where, to select them again after the table is re-read; a
        # selection of more than a few thousand rows (a select-all of a big company) is not kept.
        rows = self.selected_rows()
        held = [] if len(rows) > KEEP_SELECTED else [(d.id, r) for r in rows if (d := self.document_model.document_at(r))]
        self._selection = held
        if not self.search.showing():  # the results page previews the result highlighted there
            self.preview_selection(rows)
        self._show_details(rows)
        self.update_actions()

    def _on_due_view_choice_changed(self, *_args: object) -> None:
        self.company_model.set_due_days(self.due_view.days(), self.due_view.expired_days())

    def _show_details(self, rows: list[int] | None = None) -> None:
        """The details panel follows the table's selection, or the paper highlighted in «Por vencer»
        (a new date entered there); not the search results, nor the trash."""
        if self.middle.currentWidget() is self.due_view:
            doc = self.due_view.current_document()
            self.papers.show([doc] if doc is not None else None)
        elif self.middle.currentWidget() is not self.files_page:
            self.papers.clear(self.tr("Open a file in its company's list to see and edit its details."))
        elif self.in_trash():
            self.papers.clear(self.tr("Files in the trash keep their details. Restore a file to edit them."))
        else:
            rows = self.selected_rows() if rows is None else rows
            self.papers.show(None if len(rows) > MAX_BULK else self.selected_documents(), len(rows))

    def _on_action_rename_triggered(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if len(rows) == 1:
            self.table.edit(rows[0].siblingAtColumn(DocumentModel.COL_NAME))

    def _on_table_context_menu_requested(self, pos) -> None:  # type: ignore[no-untyped-def]
        menu = QMenu(self)
        items = ([self.action_restore, self.action_purge, None, self.action_empty_trash] if self.in_trash() else
                 [self.action_preview, self.action_open_external, None, self.action_save_copy, self.action_print,
                  self.action_send_email, self.mail.action_history, None, self.action_move_to,
                  self.action_copy_to, None, self.action_rename, self.action_delete, None,
                  self.action_show_in_folder])
        for item in items:
            menu.addSeparator() if item is None else menu.addAction(item)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _on_action_find_triggered(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def _on_action_trash_toggled(self, on: bool) -> None:
        self.document_model.set_trash(on)
        self.update_actions()

    def _on_action_settings_triggered(self) -> None:
        self.open_settings()

    def _on_action_about_triggered(self) -> None:
        from clientvault import __version__

        QMessageBox.about(self, self.tr("About ClientVault"), self.tr(
            "ClientVault %1\n\nThe documents of every client company, in one place on your computer.\n"
            "Your files are kept in: %2").replace("%1", __version__).replace("%2", str(self.vault.root)))

    # -- layout persistence ---------------------------------------------------------------------

    def _on_middle_current_changed(self, index: int) -> None:
        """Only the page shown counts for the middle's minimum width: the search page's row of filters
        (about 600 pixels) kept the files list that wide, hidden, and took the room from the preview.
        The search takes that room while it is shown, and the widths come back when it closes; so does
        «Por vencer», whose seven columns get most of the width (show_due)."""
        if index in (1, 2) and self._sizes_before_search is None:
            self._sizes_before_search = self.splitter.sizes()
        for i, page in enumerate((self.files_page, self.search_panel, self.due_view)):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, QSizePolicy.Policy.Preferred)
        before = self._sizes_before_search
        if index == 0 and before is not None:
            self._sizes_before_search = None
            if sum(before) == sum(self.splitter.sizes()):  # the same window width: as the person left them
                self.splitter.setSizes(before)

    def _restore_layout(self) -> None:
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 720)
        splitter = self.settings.value(SPLITTER_KEY)
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        details = self.settings.value(DETAILS_SPLITTER_KEY)
        if isinstance(details, QByteArray):
            self.right_splitter.restoreState(details)
        hidden = self.settings.value(HIDDEN_COLUMNS_KEY)  # QSettings gives one name back as a string
        self.table.set_hidden_columns([hidden] if isinstance(hidden, str) else
                                      [str(h) for h in hidden] if isinstance(hidden, list) else [])

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.upkeep._busy():  # a backup, restore or check would be dropped half-way: it comes to the front
            event.ignore()
            self.show_error(self.tr("Wait until the work in progress ends, or cancel it, before closing ClientVault."))
            return
        self.papers.clear()  # details typed and not saved yet are kept, as when another file is chosen
        self.events.close()
        self.indexer.close()
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        self.settings.setValue(DETAILS_SPLITTER_KEY, self.right_splitter.saveState())
        self.settings.setValue(HIDDEN_COLUMNS_KEY, self.table.hidden_columns())
        self.settings.sync()
        super().closeEvent(event)
