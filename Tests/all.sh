#!/usr/bin/env bash
# Every test of the project, as README.md gives it: the Swift unit/CLI/server tests, then the suites
# that need tools from outside the toolchain (each installs what it needs on first run), then the fuzz
# regression inputs and a short fuzz run. Every step runs even if an earlier one failed and prints its
# seconds (CI must stay under 30 minutes); the last line counts the steps ("steps: N passed, M failed,
# in T s") and the exit status is 1 if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0
failed=()
step() {
  local name=$1; shift
  local began=$SECONDS
  echo "== $name"
  if "$@"; then passed=$((passed + 1)); else failed+=("$name"); echo "== FAILED: $name"; fi
  echo "== $name: $((SECONDS - began)) s"
}

step "swift format lint --strict (.swift-format)" swift format lint --strict -r -p Sources Tests Package.swift
step "swift build" swift build
step "swift test" swift test
step "LSP client suite (pytest-lsp)" Tests/lsp/run.sh
step "editor suites (Neovim, Emacs, VS Code manifest)" Tests/editors/run.sh
step "SARIF schema" Tests/cli/sarif-validate.sh
# Leak reports come only from Foundation's Process/Pipe in the test harness, so leak detection is off.
step "swift test under AddressSanitizer" env ASAN_OPTIONS=detect_leaks=0 swift test --sanitize=address --scratch-path .build-asan
step "swift test under ThreadSanitizer" swift test --sanitize=thread --scratch-path .build-tsan
for target in parser framing jsonrpc; do
  step "fuzz regressions: $target" Tests/fuzz/run.sh "$target" replay
done
step "fuzz: parser" Tests/fuzz/run.sh parser "${FUZZ_SECONDS:-30}"
step "fuzz: framing" Tests/fuzz/run.sh framing "${FUZZ_SECONDS:-30}" -max_len=4096
step "fuzz: jsonrpc" Tests/fuzz/run.sh jsonrpc "${FUZZ_SECONDS:-30}" -max_len=16384

if [ ${#failed[@]} -gt 0 ]; then printf 'failed step: %s\n' "${failed[@]}"; fi
echo "steps: $passed passed, ${#failed[@]} failed, in ${SECONDS} s"
[ ${#failed[@]} -eq 0 ]
