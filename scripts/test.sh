#!/usr/bin/env bash
# Install everything the tests need and run them: bash scripts/test.sh [pytest arguments]
# Fails when pytest collected no tests, so a broken test layout never looks green.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
TAG=test.sh

# The first python3.X >= 3.11 on PATH; .venv is created with it once and reused afterwards.
ensure_venv() {
    if [ -x .venv/bin/python ] && .venv/bin/python -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
        return
    fi
    local py="" cand
    for cand in python3 python3.13 python3.12 python3.11; do
        if command -v "$cand" >/dev/null 2>&1 && "$cand" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            py="$cand"
            break
        fi
    done
    if [ -z "$py" ]; then
        echo "$TAG: Python 3.11 or newer is needed; install it (Debian 12: apt-get install python3 python3-venv)." >&2
        exit 1
    fi
    echo "$TAG: creating .venv with $("$py" --version 2>&1) ($(command -v "$py"))"
    rm -rf .venv
    "$py" -m venv .venv
}

bash scripts/install-system-deps.sh
ensure_venv
echo "test.sh: pip install -e .[test]"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[test]"

export QT_QPA_PLATFORM=offscreen
status=0
.venv/bin/python -m pytest "$@" || status=$?
if [ "$status" -eq 5 ]; then
    echo "test.sh: pytest collected no tests; that is a failure here." >&2
    exit 1
fi
exit "$status"
