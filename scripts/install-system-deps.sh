#!/usr/bin/env bash
# Install the Debian 12 libraries PySide6-Essentials needs (offscreen, and xcb under Xvfb), plus
# Xvfb, fonts and poppler-utils for the tests, Tesseract with Spanish and English data (OCR for
# search), and CUPS with the cups-pdf printer (tests/ui/test_print_cups.py prints through a real queue;
# it starts cupsd itself, so no service manager is needed). Idempotent: does nothing when they are present.
# Needs root or a working sudo; otherwise it says what to install and carries on.
set -euo pipefail

PACKAGES=(
    libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3
    libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
    libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xfixes0 libxcb-xkb1 libx11-xcb1
    xvfb xauth fonts-dejavu-core poppler-utils
    tesseract-ocr tesseract-ocr-spa tesseract-ocr-eng
    cups cups-client cups-bsd printer-driver-cups-pdf
)

say() { printf 'install-system-deps: %s\n' "$*"; }

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    say "not a Debian/Ubuntu system; install the Qt runtime libraries (xcb, EGL, fontconfig) yourself."
    exit 0
fi

# Debian's own python3 cannot create a virtual environment without python3-venv (ensurepip).
if [ -x /usr/bin/python3 ] && ! /usr/bin/python3 -c 'import ensurepip' >/dev/null 2>&1; then
    PACKAGES+=(python3-venv)
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    if [ "$status" != "install ok installed" ]; then
        missing+=("$pkg")
    fi
done
if [ "${#missing[@]}" -eq 0 ]; then
    say "all ${#PACKAGES[@]} system packages already installed."
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=(sudo -n)
else
    say "missing: ${missing[*]}"
    say "not root and no password-less sudo; install them with: sudo apt-get install ${missing[*]}"
    exit 0
fi

export DEBIAN_FRONTEND=noninteractive
say "missing: ${missing[*]}"
say "apt-get update"
"${SUDO[@]}" apt-get update -qq >/dev/null
# Drop any name this release does not know, rather than failing the whole install. (The output is
# captured first: with pipefail, "apt-cache | grep -q" fails when grep stops reading early.)
available=()
for pkg in "${missing[@]}"; do
    policy=$(apt-cache policy "$pkg" 2>/dev/null || true)
    if [[ "$policy" =~ Candidate:\ [^\(] ]]; then
        available+=("$pkg")
    else
        say "skipping $pkg: no such package in this release"
    fi
done
if [ "${#available[@]}" -gt 0 ]; then
    say "apt-get install ${available[*]}"
    "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${available[@]}" >/dev/null
fi
say "done."
