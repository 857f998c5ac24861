#!/usr/bin/env bash
# Runs every editor-integration test against a copydesk binary:
#
#   Tests/editors/run.sh [--offline] [PATH/TO/copydesk]
#
#   default binary: .build/debug/copydesk (built with `swift build --product copydesk` if missing)
#   --offline: only the suites that need no working server (filetype/syntax/health/mode, VS Code
#              and config checks, which still run `copydesk lint` and `lint --help` once each);
#              the LSP round trips and pre-commit are NOT run.
#
# Suites (each a headless editor process, or pytest; one line per check, then a summary):
#   nvim-0.7/plugin, nvim-pypi/plugin      filetype, syntax groups, gO/]]/[[, root finding, :checkhealth
#   nvim-pypi/missing-binary               vim.lsp.enable('copydesk') with no copydesk: said once
#   emacs/mode, emacs/mode-text            newsmd-mode (markdown-mode parent / text-mode fallback)
#   vscode/pytest                          manifest, wiring, grammar (Oniguruma), node --check
#   vscode/node                            extension.js against fakes of the VS Code API
#   config/pytest                          Helix languages.toml, .pre-commit-hooks.yaml, SARIF CI sample
#   nvim-0.7/lsp                           setup() on 0.7: vim.lsp.start_client + buf_attach_client
#                                          (each nvim LSP suite also presses K, gd, grr, grn, gra
#                                          and <C-x><C-o> after `[@` in the article)
#   nvim-pypi/lsp-enable                   vim.lsp.enable('copydesk') with lsp/copydesk.lua
#   nvim-pypi/lsp-start                    setup({ api = 'start' }): the 0.8–0.10 vim.lsp.start path
#   nvim-0.7/features, nvim-pypi/features  issue 10 as drawn: inlay hints (0.10+; none on 0.7),
#                                          their settings, the code lens and its quickfix list,
#                                          document links (request only: no Neovim UI), and the
#                                          baseline round trip (code action → :wall → copydesk lint)
#   emacs/eglot                            eglot + flymake + xref
#   emacs/eglot-plain                      copydesk-plain-articles: a .txt opened alone starts eglot
#   emacs/eglot-features                   issue 10 in eglot 1.9: "Accept this finding" through
#                                          eglot-code-actions → save → copydesk lint → edit → back;
#                                          M-x copydesk-sourcing-summary (eglot shows no code lens);
#                                          the Wikidata id in hover (no document links in eglot 1.9);
#                                          inlay hints only with eglot 1.10+ (none in 1.9)
#   pre-commit/pytest                      the copydesk-lint-system hook run by pre-commit (needs `lint`)
# The LSP suites open a two-article workspace (make_workspace.sh) in a temp dir, wait for
# diagnostics, ask hover and definition across articles, and check the server exits 0.
# Tools are installed by install.sh (idempotent). Exit status: 0 iff every suite passed.
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OFFLINE=0
BIN=""
for arg in "$@"; do
    case "$arg" in
        --offline) OFFLINE=1 ;;
        -h|--help) sed -n '2,/^set -uo/p' "$0" | sed '$d'; exit 0 ;;
        *) BIN="$arg" ;;
    esac
done
BIN="${BIN:-${COPYDESK_BIN:-}}"
if [ -z "$BIN" ]; then
    BIN="$ROOT/.build/debug/copydesk"
    if [ ! -x "$BIN" ]; then
        echo "editors: building $BIN" >&2
        (cd "$ROOT" && swift build --product copydesk >&2) || { echo "editors: swift build failed" >&2; exit 2; }
    fi
fi
case "$BIN" in /*) ;; *) BIN="$PWD/$BIN" ;; esac
if [ ! -x "$BIN" ]; then
    echo "editors: no executable copydesk at $BIN" >&2
    exit 2
fi

TOOLS="${COPYDESK_EDITOR_TOOLS:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/copydesk-editors}"
export COPYDESK_EDITOR_TOOLS="$TOOLS"
"$HERE/install.sh" >/dev/null || { echo "editors: installing the test tools failed" >&2; exit 2; }
NVIM_DEBIAN=/usr/bin/nvim
NVIM_PYPI="$TOOLS/venv-nvim/bin/nvim"
EMACS=/usr/bin/emacs
PYTHON="$TOOLS/venv-py/bin/python"

TMP="$(mktemp -d "${TMPDIR:-/tmp}/copydesk-editors.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
export COPYDESK_BIN="$BIN"
TIMEOUT="${COPYDESK_EDITOR_TEST_TIMEOUT:-120}"

passed=0; failed=0; failed_names=()
suite() { # name, then the command; env COPYDESK_TMP/COPYDESK_WS are fresh per suite
    local name="$1"; shift
    local dir="$TMP/$(echo "$name" | tr '/' '_')"
    mkdir -p "$dir/tmp"
    "$HERE/make_workspace.sh" "$dir/ws"
    local start end rc ms
    start=$(date +%s%N)
    echo "== $name"
    COPYDESK_TEST_NAME="$name" COPYDESK_TMP="$dir/tmp" COPYDESK_WS="$dir/ws" HOME="$dir/home" \
        XDG_CONFIG_HOME="$dir/home/.config" XDG_DATA_HOME="$dir/home/.local/share" \
        XDG_STATE_HOME="$dir/home/.local/state" XDG_CACHE_HOME="$dir/home/.cache" \
        timeout -k 5 "$TIMEOUT" "$@" >"$dir/out.log" 2>"$dir/err.log" </dev/null
    rc=$?
    end=$(date +%s%N); ms=$(( (end - start) / 1000000 ))
    cat "$dir/out.log"
    if [ $rc -eq 0 ]; then
        passed=$((passed + 1))
        printf -- '-- %s: PASS (%d.%03d s)\n' "$name" $((ms / 1000)) $((ms % 1000))
    else
        failed=$((failed + 1)); failed_names+=("$name")
        [ $rc -eq 124 ] && echo "   (timed out after ${TIMEOUT}s)"
        echo "   stderr (last 30 lines):"
        tail -n 30 "$dir/err.log" | sed 's/^/   | /'
        printf -- '-- %s: FAIL, exit %d (%d.%03d s)\n' "$name" "$rc" $((ms / 1000)) $((ms % 1000))
    fi
}

NV=(--headless -u NONE -i NONE -n --cmd "set rtp^=$ROOT/editors/nvim" -c)
EM=(--batch -L "$ROOT/editors/emacs" -L "$HERE/emacs" -l)

echo "editors: copydesk = $BIN ($("$BIN" --version 2>&1 | head -n 1))"
suite nvim-0.7/plugin "$NVIM_DEBIAN" "${NV[@]}" "luafile $HERE/nvim/test_plugin.lua"
suite nvim-pypi/plugin "$NVIM_PYPI" "${NV[@]}" "luafile $HERE/nvim/test_plugin.lua"
suite nvim-pypi/missing-binary "$NVIM_PYPI" "${NV[@]}" "luafile $HERE/nvim/test_missing_binary.lua"
suite emacs/mode "$EMACS" "${EM[@]}" "$HERE/emacs/test-mode.el"
suite emacs/mode-text env COPYDESK_TEST_NO_MARKDOWN=1 "$EMACS" "${EM[@]}" "$HERE/emacs/test-mode.el"
suite vscode/pytest env PYTHONDONTWRITEBYTECODE=1 "$PYTHON" -m pytest -q -p no:cacheprovider "$HERE/vscode"
suite vscode/node node --test --test-reporter=spec "$HERE/vscode/extension.test.js"
suite config/pytest env PYTHONDONTWRITEBYTECODE=1 "$PYTHON" -m pytest -q -p no:cacheprovider "$HERE/config"
if [ $OFFLINE -eq 0 ]; then
    suite nvim-0.7/lsp env COPYDESK_NVIM_API= "$NVIM_DEBIAN" "${NV[@]}" "luafile $HERE/nvim/test_lsp.lua"
    suite nvim-pypi/lsp-enable env COPYDESK_NVIM_API=enable "$NVIM_PYPI" "${NV[@]}" "luafile $HERE/nvim/test_lsp.lua"
    suite nvim-pypi/lsp-start env COPYDESK_NVIM_API=start "$NVIM_PYPI" "${NV[@]}" "luafile $HERE/nvim/test_lsp.lua"
    suite nvim-0.7/features "$NVIM_DEBIAN" "${NV[@]}" "luafile $HERE/nvim/test_features.lua"
    suite nvim-pypi/features "$NVIM_PYPI" "${NV[@]}" "luafile $HERE/nvim/test_features.lua"
    suite emacs/eglot "$EMACS" "${EM[@]}" "$HERE/emacs/test-eglot.el"
    suite emacs/eglot-plain "$EMACS" "${EM[@]}" "$HERE/emacs/test-eglot-plain.el"
    suite emacs/eglot-features "$EMACS" "${EM[@]}" "$HERE/emacs/test-eglot-features.el"
    suite pre-commit/pytest env PYTHONDONTWRITEBYTECODE=1 "$PYTHON" -m pytest -q -p no:cacheprovider "$HERE/precommit"
else
    echo "editors: --offline: the LSP round-trip suites and the pre-commit run were not run"
fi

[ $failed -gt 0 ] && echo "editors: failed suites: ${failed_names[*]}"
echo "editors: $passed passed, $failed failed"
[ $failed -eq 0 ]
