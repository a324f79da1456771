"""One small factory per action: text through tr(), a standard shortcut where one exists, a tooltip.

The main window builds its menus, toolbar and context menu from lists of these actions.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence

from clientvault.ui import icons

# lupdate finds translate("Context", "text") calls by this name.
translate = QCoreApplication.translate
Std = QKeySequence.StandardKey
# Lucide icons (ISC licence, clientvault/resources/icons/actions/LICENSE-lucide.txt), tinted for the theme.
ICONS = {
    "actionUpload": "upload",
    "actionPreview": "eye",
    "actionSaveCopy": "save",
    "actionPrint": "printer",
    "actionSendEmail": "mail",
    "actionDelete": "trash-2",
    "actionRename": "pencil",
    "actionRestore": "archive-restore",
    "actionPurge": "file-x",
    "actionUndo": "undo-2",
    "actionOpenExternal": "external-link",
    "actionShowInFolder": "folder-open",
    "actionTrash": "trash",
    "actionFind": "search",
    "actionSearchAll": "search",
    "actionAddCompany": "plus",
    "actionEditCompany": "building-2",
    "actionSettings": "settings",
    "actionQuit": "log-out",
    "actionAbout": "info",
    "actionMailHistory": "history",
}


def _make(
    parent: QObject,
    name: str,
    text: str,
    tip: str,
    shortcut: QKeySequence.StandardKey | str | None = None,
) -> QAction:
    action = QAction(text, parent)
    action.setObjectName(name)
    action.setToolTip(tip)
    action.setStatusTip(tip)
    if isinstance(shortcut, QKeySequence.StandardKey):
        action.setShortcuts(shortcut)
    elif shortcut:
        action.setShortcut(QKeySequence(shortcut))
    if name in ICONS:
        action.setIcon(icons.action_icon(ICONS[name]))
    if action.shortcut().toString():
        action.setToolTip(f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
    return action


def upload(p: QObject) -> QAction:
    return _make(
        p,
        "actionUpload",
        translate("Actions", "&Upload a file…"),
        translate("Actions", "Add files to the selected company"),
        Std.Open,
    )


def preview(p: QObject) -> QAction:
    return _make(
        p,
        "actionPreview",
        translate("Actions", "&Preview"),
        translate("Actions", "Open the selected file in a preview window"),
        "Return",
    )


def quick_look(p: QObject) -> QAction:
    return _make(
        p,
        "actionQuickLook",
        translate("Actions", "&Quick look"),
        translate("Actions", "Open or close the preview window of the selected file"),
        "Space",
    )


def save_copy(p: QObject) -> QAction:
    return _make(
        p,
        "actionSaveCopy",
        translate("Actions", "&Save a copy…"),
        translate("Actions", "Save a copy of the selected file elsewhere"),
        Std.Save,
    )


def print_(p: QObject) -> QAction:
    return _make(
        p,
        "actionPrint",
        translate("Actions", "P&rint…"),
        translate("Actions", "Print the selected file"),
        Std.Print,
    )


def send_email(p: QObject) -> QAction:
    return _make(
        p,
        "actionSendEmail",
        translate("Actions", "Send by &e-mail…"),
        translate("Actions", "Send the selected files by e-mail"),
        "Ctrl+E",
    )


def delete(p: QObject) -> QAction:
    return _make(
        p,
        "actionDelete",
        translate("Actions", "&Delete"),
        translate("Actions", "Move the selected files to the trash"),
        Std.Delete,
    )


def rename(p: QObject) -> QAction:
    return _make(
        p,
        "actionRename",
        translate("Actions", "Re&name…"),
        translate("Actions", "Rename the selected file"),
        "F2",
    )


def move_to_company(p: QObject) -> QAction:
    return _make(
        p,
        "actionMoveToCompany",
        translate("Actions", "&Move to another company…"),
        translate("Actions", "Move the selected files to another company, with their details and history"),
        None,
    )


def copy_to_company(p: QObject) -> QAction:
    return _make(
        p,
        "actionCopyToCompany",
        translate("Actions", "Cop&y to another company…"),
        translate("Actions", "Copy the selected files to another company too, with their details"),
        None,
    )


def restore(p: QObject) -> QAction:
    return _make(
        p,
        "actionRestore",
        translate("Actions", "&Restore"),
        translate("Actions", "Bring the selected files back from the trash"),
        None,
    )


def purge(p: QObject) -> QAction:
    return _make(
        p,
        "actionPurge",
        translate("Actions", "Delete &permanently…"),
        translate("Actions", "Delete the selected files from the trash for good"),
        "Shift+Del",
    )


def undo(p: QObject) -> QAction:
    return _make(
        p,
        "actionUndo",
        translate("Actions", "&Undo delete"),
        translate("Actions", "Bring back the files you just deleted"),
        Std.Undo,
    )


def open_external(p: QObject) -> QAction:
    return _make(
        p,
        "actionOpenExternal",
        translate("Actions", "Open with the &default application"),
        translate("Actions", "Open the file in the program your computer uses for it"),
        "Ctrl+Shift+O",
    )


def show_in_folder(p: QObject) -> QAction:
    return _make(
        p,
        "actionShowInFolder",
        translate("Actions", "Show in &folder"),
        translate("Actions", "Open the company's folder in the file manager"),
        None,
    )


def trash_view(p: QObject) -> QAction:
    action = _make(
        p,
        "actionTrash",
        translate("Actions", "&Trash"),
        translate("Actions", "Show the company's deleted files"),
        "Ctrl+T",
    )
    action.setCheckable(True)
    return action


def find(p: QObject) -> QAction:
    return _make(
        p,
        "actionFind",
        translate("Actions", "&Find…"),
        translate("Actions", "Filter the files by name"),
        Std.Find,
    )


# Ctrl+K, and Ctrl+Shift+F as other programs' "find in files"; the sidebar's offer names the first.
SEARCH_ALL_KEYS = ("Ctrl+K", "Ctrl+Shift+F")


def search_all(p: QObject) -> QAction:
    """To the toolbar's search field."""
    action = _make(
        p,
        "actionSearchAll",
        translate("Actions", "Search &all companies…"),
        translate("Actions", "Find a document in any company, by its name or by what it says"),
        SEARCH_ALL_KEYS[0],
    )
    action.setShortcuts([QKeySequence(k) for k in SEARCH_ALL_KEYS])
    return action


def add_company(p: QObject) -> QAction:
    return _make(
        p,
        "actionAddCompany",
        translate("Actions", "&New company…"),
        translate("Actions", "Add a client company"),
        Std.New,
    )


def edit_company(p: QObject) -> QAction:
    return _make(
        p,
        "actionEditCompany",
        translate("Actions", "&Edit company…"),
        translate("Actions", "Change the selected company's details"),
        None,
    )


def remove_company(p: QObject) -> QAction:
    return _make(
        p,
        "actionRemoveCompany",
        translate("Actions", "&Remove company…"),
        translate("Actions", "Remove the selected company"),
        None,
    )


def backup(p: QObject) -> QAction:
    return _make(
        p,
        "actionBackup",
        translate("Actions", "&Back up…"),
        translate("Actions", "Save a copy of all your files, or of one company's, in a ZIP"),
        None,
    )


def restore_backup(p: QObject) -> QAction:
    return _make(
        p,
        "actionRestoreBackup",
        translate("Actions", "Restore from bac&kup…"),
        translate("Actions", "Bring files back from a backup ZIP; nothing already here is replaced"),
        None,
    )


def check_files(p: QObject) -> QAction:
    return _make(
        p,
        "actionCheckFiles",
        translate("Actions", "&Check files"),
        translate("Actions", "Look for missing or changed files and repair what can be repaired"),
        None,
    )


def removed_companies(p: QObject) -> QAction:
    return _make(
        p,
        "actionRemovedCompanies",
        translate("Actions", "Re&moved companies…"),
        translate("Actions", "See the companies you removed and bring one back with its files"),
        None,
    )


def empty_trash(p: QObject) -> QAction:
    return _make(
        p,
        "actionEmptyTrash",
        translate("Actions", "&Empty trash…"),
        translate("Actions", "Delete every file in the company's trash for good"),
        None,
    )


def settings(p: QObject) -> QAction:
    return _make(
        p,
        "actionSettings",
        translate("Actions", "&Settings…"),
        translate("Actions", "Language and other preferences"),
        Std.Preferences,
    )


def quit_(p: QObject) -> QAction:
    return _make(p, "actionQuit", translate("Actions", "&Quit"), translate("Actions", "Close ClientVault"), Std.Quit)


def about(p: QObject) -> QAction:
    return _make(p, "actionAbout", translate("Actions", "&About ClientVault"), translate("Actions", "Version and licence"), None)


def app_icon() -> QIcon:
    """The application icon at every size shipped (see scripts/make_app_icon.py)."""
    from clientvault.paths import resource_path

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        path = resource_path("icons", f"clientvault-{size}.png")
        if path.exists():
            icon.addFile(str(path))
    return icon
