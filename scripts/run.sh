#!/usr/bin/env bash
# Install ClientVault into .venv and open it: bash scripts/run.sh [clientvault arguments]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
TAG=run.sh

# shellcheck source=scripts/_venv.sh
. scripts/_venv.sh

bash scripts/install-system-deps.sh
ensure_venv
echo "run.sh: pip install -e ."
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e .
exec .venv/bin/clientvault "$@"
