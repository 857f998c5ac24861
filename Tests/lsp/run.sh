#!/usr/bin/env bash
# End-to-end suite with a third-party LSP client (pytest-lsp + pygls + lsprotocol, from PyPI).
# Builds the copydesk binary, creates/updates the venv .venv-lsp, runs Tests/lsp/*.py against the
# real binary with capabilities recorded from VS Code and Neovim.
#   Tests/lsp/run.sh [pytest args…]        (SCRATCH_PATH=.build-xyz to use another build directory)
set -euo pipefail
cd "$(dirname "$0")/../.."
scratch=${SCRATCH_PATH:-.build}
swift build --scratch-path "$scratch" --product copydesk >&2
bin="$(swift build --scratch-path "$scratch" --show-bin-path)/copydesk"
venv=.venv-lsp
stamp="$venv/.requirements"
if [ ! -x "$venv/bin/pytest" ] || ! cmp -s Tests/lsp/requirements.txt "$stamp"; then
  if ! python3 -m venv "$venv" >/dev/null 2>&1; then
    # Debian splits venv/ensurepip out of python3; install it when we can (CI runs as root).
    if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
      apt-get update -qq && apt-get install -y -qq python3-venv >/dev/null
      rm -rf "$venv"; python3 -m venv "$venv"
    else
      echo "python3 -m venv failed: install python3-venv" >&2; exit 1
    fi
  fi
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r Tests/lsp/requirements.txt
  cp Tests/lsp/requirements.txt "$stamp"
fi
COPYDESK_BIN="$bin" "$venv/bin/python" -m pytest -c Tests/lsp/pytest.ini Tests/lsp "$@"
