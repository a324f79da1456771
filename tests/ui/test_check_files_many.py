"""«Revisar archivos» with thousands of problems: the list names at most 500, then says how many
more (20,000 rows took seconds to build on the window's thread and to re-wrap at every resize);
the headline's counts stay exact (real files, real SQLite)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot
from test_check_files import _open_check, _upload
from ui_helpers import add_company

from clientvault.ui.widgets.wrapped_table import MAX_ROWS


def test_a_check_that_finds_hundreds_of_problems_lists_500_and_says_how_many_more(
        qtbot: QtBot, window: Any, corpus: Path) -> None:
    company = add_company(window, "Ferretería El Tornillo SAS")
    _upload(window, company, corpus, "minimal-document.pdf", "simple.png")
    folder = window.vault.company_dir(company.id)
    for i in range(MAX_ROWS + 100):  # files copied into the folder by hand: ClientVault has no record of them
        (folder / f"nota-{i:03}.txt").write_text(f"nota {i}\n", encoding="utf-8")
    (folder / "minimal-document.pdf").unlink()  # deleted behind ClientVault's back: cannot be repaired here
    dialog = _open_check(qtbot, window)

    assert dialog.headline.text() == "601 problems found. 2 files checked. «Repair» can fix 600 of them."
    rows = dialog.list.texts()
    assert len(rows) == MAX_ROWS + 1 and dialog.list.rowCount() == MAX_ROWS + 1
    assert rows[-1] == ("…and 101 more.", "")
    # The one the person has to act on comes first (never among the «more»), with its stored name and company.
    assert rows[0] == ("The file «minimal-document.pdf» of Ferretería El Tornillo SAS is not in its folder: it was deleted or "
            "moved outside ClientVault.",
            "Cannot be repaired here. Put the file back from your own copy (a backup, the e-mail it came in), or "
            "delete it from ClientVault.")
    orphans = [found for found, _ in rows if found.startswith("«nota-")]
    assert len(orphans) == MAX_ROWS - 1
    assert orphans[0].endswith("» is in the folder of Ferretería El Tornillo SAS, but ClientVault has no record of it.")
    assert dialog.repair_button.isVisible()
