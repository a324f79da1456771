#!/usr/bin/env bash
# Put ClientVault in the Linux desktop's application menu for the current user:
# the .desktop entry, the AppStream metadata and the icon at every size.
# Usage: bash scripts/install-linux-desktop.sh [PATH_TO_CLIENTVAULT_EXECUTABLE]
set -euo pipefail
cd "$(dirname "$0")/.."
exe=${1:-$(command -v clientvault || echo "$PWD/.venv/bin/clientvault")}
data=${XDG_DATA_HOME:-$HOME/.local/share}
id=co.clientvault.ClientVault
mkdir -p "$data/applications" "$data/metainfo"
sed "s|^Exec=clientvault|Exec=\"$exe\"|" "clientvault/resources/linux/$id.desktop" > "$data/applications/$id.desktop"
cp "clientvault/resources/linux/$id.metainfo.xml" "$data/metainfo/"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "clientvault/resources/icons/clientvault-$size.png" "$data/icons/hicolor/${size}x${size}/apps/$id.png"
done
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "ClientVault added to the applications menu (runs $exe)."
