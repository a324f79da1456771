# shellcheck shell=bash
# Sourced by run.sh, test.sh and .ci/run: make .venv with the first python3.X >= 3.11 on PATH,
# once; later calls reuse it. Expects TAG (the calling script's name, for messages).
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
