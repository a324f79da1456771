#!/usr/bin/env bash
# Re-extract the window's strings into the .ts sources, then compile them to .qm.
# After running, translate any new "unfinished" entries (Qt Linguist: pyside6-linguist) and run again.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
bindir=$(dirname "$(command -v pyside6-lupdate || echo "$($PY -c 'import sys; print(sys.prefix)')/bin/x")")
lupdate="$bindir/pyside6-lupdate"; lrelease="$bindir/pyside6-lrelease"
mapfile -t sources < <(find clientvault/ui -name '*.py' | sort)
"$lupdate" -no-obsolete "${sources[@]}" -ts clientvault/resources/translations/clientvault_es.ts clientvault/resources/translations/clientvault_en.ts
for ts in clientvault/resources/translations/*.ts; do
    "$lrelease" "$ts" -qm "${ts%.ts}.qm"
done
