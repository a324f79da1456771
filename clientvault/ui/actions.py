"""One small factory per action: text through tr(), a standard shortcut where one exists, a tooltip.

The main window builds its menus, toolbar and context menu from lists of these actions.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

Std = QKeySequence.StandardKey
Pix = QStyle.StandardPixmap


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def _make(parent: QObject, name: str, text: str, tip: str, shortcut: QKeySequence.StandardKey | str | None = None,
          icon: QStyle.StandardPixmap | None = None) -> QAction:
    action = QAction(text, parent)
    action.setObjectName(name)
    action.setToolTip(tip)
    action.setStatusTip(tip)
    if isinstance(shortcut, QKeySequence.StandardKey):
        action.setShortcuts(shortcut)
    elif shortcut:
        action.setShortcut(QKeySequence(shortcut))
    if icon is not None and isinstance(parent, QWidget):
        action.setIcon(parent.style().standardIcon(icon))
    if action.shortcut().toString():
        action.setToolTip(f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
    return action


def upload(p: QObject) -> QAction:
    return _make(p, "actionUpload", _tr("&Upload a file…"), _tr("Add files to the selected company"), Std.Open,
                 Pix.SP_ArrowUp)


def preview(p: QObject) -> QAction:
    return _make(p, "actionPreview", _tr("&Preview"), _tr("Open the selected file in a preview window"), "Return",
                 Pix.SP_FileDialogContentsView)


def save_copy(p: QObject) -> QAction:
    return _make(p, "actionSaveCopy", _tr("&Save a copy…"), _tr("Save a copy of the selected file elsewhere"), Std.Save,
                 Pix.SP_DialogSaveButton)


def print_(p: QObject) -> QAction:
    return _make(p, "actionPrint", _tr("P&rint…"), _tr("Print the selected file"), Std.Print, None)


def send_email(p: QObject) -> QAction:
    return _make(p, "actionSendEmail", _tr("Send by &e-mail…"), _tr("Send the selected files by e-mail"), "Ctrl+E",
                 None)


def delete(p: QObject) -> QAction:
    return _make(p, "actionDelete", _tr("&Delete"), _tr("Move the selected files to the trash"), Std.Delete,
                 Pix.SP_TrashIcon)


def rename(p: QObject) -> QAction:
    return _make(p, "actionRename", _tr("Re&name…"), _tr("Rename the selected file"), "F2", None)


def restore(p: QObject) -> QAction:
    return _make(p, "actionRestore", _tr("&Restore"), _tr("Bring the selected files back from the trash"), None,
                 Pix.SP_DialogResetButton)


def purge(p: QObject) -> QAction:
    return _make(p, "actionPurge", _tr("Delete &permanently…"), _tr("Delete the selected files from the trash for good"),
                 "Shift+Del", None)


def undo(p: QObject) -> QAction:
    return _make(p, "actionUndo", _tr("&Undo delete"), _tr("Bring back the files you just deleted"), Std.Undo, None)


def open_external(p: QObject) -> QAction:
    return _make(p, "actionOpenExternal", _tr("Open with the &default application"),
                 _tr("Open the file in the program your computer uses for it"), "Ctrl+Shift+O", None)


def show_in_folder(p: QObject) -> QAction:
    return _make(p, "actionShowInFolder", _tr("Show in &folder"), _tr("Open the company's folder in the file manager"),
                 None, Pix.SP_DirOpenIcon)


def trash_view(p: QObject) -> QAction:
    action = _make(p, "actionTrash", _tr("&Trash"), _tr("Show the company's deleted files"), "Ctrl+T", Pix.SP_TrashIcon)
    action.setCheckable(True)
    return action


def find(p: QObject) -> QAction:
    return _make(p, "actionFind", _tr("&Find…"), _tr("Filter the files by name"), Std.Find, None)


def add_company(p: QObject) -> QAction:
    return _make(p, "actionAddCompany", _tr("&New company…"), _tr("Add a client company"), Std.New,
                 Pix.SP_FileDialogNewFolder)


def edit_company(p: QObject) -> QAction:
    return _make(p, "actionEditCompany", _tr("&Edit company…"), _tr("Change the selected company's details"), None, None)


def remove_company(p: QObject) -> QAction:
    return _make(p, "actionRemoveCompany", _tr("&Remove company…"), _tr("Remove the selected company"), None, None)


def settings(p: QObject) -> QAction:
    return _make(p, "actionSettings", _tr("&Settings…"), _tr("Language and other preferences"), Std.Preferences, None)


def quit_(p: QObject) -> QAction:
    return _make(p, "actionQuit", _tr("&Quit"), _tr("Close ClientVault"), Std.Quit, None)


def about(p: QObject) -> QAction:
    return _make(p, "actionAbout", _tr("&About ClientVault"), _tr("Version and licence"), None, None)


def app_icon() -> QIcon:
    from clientvault.paths import resource_path

    path = resource_path("icons", "clientvault.png")
    return QIcon(str(path)) if path.exists() else QIcon()
