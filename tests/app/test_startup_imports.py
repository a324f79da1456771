"""What the window loads to open: only what its first screen needs. The previews, printing, mail,
the dialogs and their libraries load when first used, so a person does not wait for them at every
start (issue 12). Run in a fresh process, as a double-click starts the program."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from clientvault.core.vault import Vault

NOT_AT_START = [
    # previews and their libraries
    "pypdfium2", "openpyxl", "xlrd", "mammoth", "PIL", "clientvault.preview.pdf", "clientvault.preview.sheet",
    "clientvault.preview.xlsx_stream", "clientvault.ui.preview.sheet_view", "clientvault.ui.preview.html_view",
    # printing, mail, passwords
    "PySide6.QtPrintSupport", "clientvault.ui.printing", "clientvault.core.mail", "smtplib", "keyring",
    # dialogs and what only an import uses
    "clientvault.ui.dialogs.upload_dialog", "clientvault.ui.dialogs.import_summary",
    "clientvault.ui.dialogs.company_dialog", "clientvault.ui.dialogs.preview_window",
    "clientvault.ui.dialogs.mail_compose", "clientvault.ui.dialogs.settings_dialog", "pathvalidate", "filelock",
]


def test_the_window_opens_without_what_its_first_screen_does_not_need(tmp_path: Path, make_file) -> None:  # noqa: ANN001
    vault = Vault(tmp_path / "vault")
    company = vault.add_company("Comercializadora Andina S.A.S.")
    vault.import_files(company.id, [make_file("RUT.pdf"), make_file("Extracto.pdf", text="marzo")])
    vault.close()
    code = textwrap.dedent("""
        import json, sys
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from clientvault.app import create_main_window
        window = create_main_window(sys.argv[1])
        for _ in range(5):
            app.processEvents()
        print(json.dumps({"rows": window.document_model.rowCount(), "modules": sorted(sys.modules)}))
        window.vault.close()
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "vault")], capture_output=True, text=True,
                          timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["rows"] == 2  # the window did open on the company's files
    assert [m for m in NOT_AT_START if m in seen["modules"]] == []
