"""A plain ``pip install .`` (not editable) carries the translations and the icons: they are package
data read with ``importlib.resources``, not files beside a source checkout. Before they were, such an
install opened an all-English window without toolbar icons, and no editable-install test saw it.

The install is real and offline: the source (as it is on disk now) copied to a temporary folder,
``pip install --no-deps --no-build-isolation --no-index --target`` with the setuptools of this venv,
then a fresh interpreter with that folder first on ``sys.path``, started elsewhere, loads the
program from there (not from the checkout), installs the Spanish translation and draws the icons.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

CHECK = textwrap.dedent("""
    import json, sys
    sys.path.insert(0, sys.argv[1])
    # The venv's editable install is a finder on sys.meta_path that would answer before sys.path.
    sys.meta_path[:] = [f for f in sys.meta_path if "__editable__" not in getattr(f, "__module__", "")
                        and "__editable__" not in str(f)]
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    import clientvault
    from clientvault.paths import resource_path
    from clientvault.ui import i18n
    from clientvault.ui.actions import ICONS, app_icon
    from clientvault.ui.icons import action_icon

    i18n.install(app, "es")
    print(json.dumps({
        "package": clientvault.__file__,
        "qm": str(resource_path("translations", "clientvault_es.qm")),
        "settings": QCoreApplication.translate("SettingsDialog", "Settings"),
        "null_icons": sorted(name for name in ICONS.values() if action_icon(name).isNull()),
        "icons": len(ICONS),
        "app_icon_sizes": len(app_icon().availableSizes()),
    }))
""")


def _copy_source(dest: Path) -> None:
    """What pip reads of the project (pyproject, README for the description, the package), copied so
    the build's own ``build/`` and ``*.egg-info`` never land in the checkout."""
    dest.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, dest / name)
    shutil.copytree(ROOT / "clientvault", dest / "clientvault",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info"))


@pytest.mark.slow
def test_a_plain_pip_install_speaks_spanish_and_has_its_icons(tmp_path: Path) -> None:
    source, target, elsewhere = tmp_path / "source", tmp_path / "site", tmp_path / "elsewhere"
    _copy_source(source)
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_INPUT="1", QT_QPA_PLATFORM="offscreen")
    env.pop("CLIENTVAULT_LANG", None)
    built = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
                            "--no-index", "--target", str(target), str(source)],
                           capture_output=True, text=True, timeout=300, env=env, cwd=elsewhere)
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-3000:]
    assert not (target / "clientvault" / "resources" / "translations" / "clientvault_es.ts").exists()  # sources stay home

    done = subprocess.run([sys.executable, "-c", CHECK, str(target)], capture_output=True, text=True, timeout=120,
                          env=env, cwd=elsewhere)
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert Path(seen["package"]).is_relative_to(target)  # the installed copy, not the checkout
    assert Path(seen["qm"]).is_relative_to(target) and Path(seen["qm"]).is_file()
    assert seen["settings"] == "Configuración"
    assert seen["null_icons"] == [] and seen["icons"] > 10
    assert seen["app_icon_sizes"] == 8
