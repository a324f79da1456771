"""What the bundle and the desktop need from clientvault/resources/: icons at every size, a valid .desktop
entry and AppStream file, and a spec that names the files that exist."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from clientvault import APP_ID, __version__
from clientvault.ui.actions import ICONS, app_icon

ROOT = Path(__file__).resolve().parents[2]
RES = ROOT / "clientvault" / "resources"


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_app_icon_png_at_each_size(qapp, size: int) -> None:
    image = QImage(str(RES / "icons" / f"clientvault-{size}.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    assert image.pixelColor(size // 2, size // 2).alpha() == 255  # not an empty picture


def test_app_icon_loads_every_size(qapp) -> None:
    assert sorted(s.width() for s in app_icon().availableSizes()) == [16, 24, 32, 48, 64, 128, 256, 512]


def test_windows_and_macos_icons_exist() -> None:
    assert (RES / "icons" / "clientvault.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (RES / "icons" / "clientvault.icns").read_bytes()[:4] == b"icns"


def test_every_action_icon_is_shipped_with_its_licence() -> None:
    for name in ICONS.values():
        assert (RES / "icons" / "actions" / f"{name}.svg").is_file(), name
    assert "ISC License" in (RES / "icons" / "actions" / "LICENSE-lucide.txt").read_text()


def test_desktop_entry() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(RES / "linux" / f"{APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"].startswith("clientvault") and "%F" in section["Exec"]
    assert section["Icon"] == APP_ID
    assert "application/pdf" in section["MimeType"].split(";")
    assert section["Name"] == "ClientVault" and section["Comment[es]"]


def test_appstream_metadata() -> None:
    root = ET.parse(RES / "linux" / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"  # type: ignore[union-attr]
    assert root.find("releases/release").get("version") == __version__  # type: ignore[union-attr]


def test_spec_bundles_what_exists() -> None:
    spec = (ROOT / "clientvault.spec").read_text()
    for needed in ("translations", "clientvault.ico", "clientvault.icns", "actions", "BUNDLE", "APP_NAME"):
        assert needed in spec
    assert list((RES / "translations").glob("*.qm"))
