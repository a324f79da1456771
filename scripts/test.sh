#!/usr/bin/env bash
# Install everything the tests need and run them: bash scripts/test.sh [pytest arguments]
# Fails when pytest collected no tests, so a broken test layout never looks green.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
TAG=test.sh

# shellcheck source=scripts/_venv.sh
. scripts/_venv.sh

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
