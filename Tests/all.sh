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
# Each step's output is also kept, so that the end of the run can say why a step failed: CI shows only the
# tail of the output, and a failing test's lines are otherwise thousands of lines above it.
steplogs=$(mktemp -d)
failedlogs=()
step() {
  local name=$1; shift
  local began=$SECONDS
  local log="$steplogs/$((passed + ${#failed[@]})).log"
  echo "== $name"
  if "$@" 2>&1 | tee "$log"; then
    passed=$((passed + 1))
  else
    failed+=("$name")
    failedlogs+=("$log")
    echo "== FAILED: $name"
  fi
  echo "== $name: $((SECONDS - began)) s"
}
# The lines that say why a failed step failed: failing tests and expectations, sanitizer reports, errors,
# then the step's last lines.
why_failed() {
  local i
  for i in "${!failed[@]}"; do
    echo "== why '${failed[$i]}' failed (its failure lines, then its last 15 lines):"
    grep -a -E '✘|error:|Expectation failed|WARNING: ThreadSanitizer|ERROR: AddressSanitizer|SUMMARY:|Fatal error|FAILED|Traceback|Error:|AssertionError|panic|deadly signal' \
      "${failedlogs[$i]}" | head -60
    echo "-- last lines:"
    tail -n 15 "${failedlogs[$i]}"
  done
}

step "swift format lint --strict (.swift-format)" swift format lint --strict -r -p Sources Tests Package.swift
step "swift build" swift build
step "swift test" swift test
step "LSP client suite (pytest-lsp)" Tests/lsp/run.sh
step "editor suites (Neovim, Emacs, VS Code manifest)" Tests/editors/run.sh
step "SARIF schema" Tests/cli/sarif-validate.sh
# Leak reports come only from Foundation's Process/Pipe in the test harness, so leak detection is off.
step "swift test under AddressSanitizer" env ASAN_OPTIONS=detect_leaks=0 swift test --sanitize=address --scratch-path .build-asan
# ThreadSanitizer runs the two test targets whose code under test runs threads: the server (transport, request
# queue, indexer, documents analysed on workers while others read them) and the CLI (`lint -j`, ConcurrentMap,
# the indexer). The core's own tests each run on one thread and share no mutable state, so under TSan they cost about
# three minutes of CI and can report no race; the core's shared state (DocumentSegments' caches) is raced by the
# server's tests. The core's tests still run plain and under AddressSanitizer above.
step "swift test under ThreadSanitizer (server and CLI tests)" swift test --sanitize=thread --scratch-path .build-tsan \
  --filter 'CopydeskLSPTests|CopydeskCLITests'
for target in parser framing jsonrpc; do
  step "fuzz regressions: $target" Tests/fuzz/run.sh "$target" replay
done
# The three short fuzz runs side by side, each still its own step: a libFuzzer run uses one core, so on two cores
# three runs take about one run's wall time (each gets about two thirds of a core) instead of three in a row.
# Their binaries were built by the replay steps above; each run's output is printed whole when all have ended.
fuzzlogs=$(mktemp -d)
fuzz_in_background() {
  local target=$1
  shift
  Tests/fuzz/run.sh "$target" "${FUZZ_SECONDS:-30}" "$@" > "$fuzzlogs/$target.log" 2>&1
  echo $? > "$fuzzlogs/$target.status"
}
fuzz_result() {
  cat "$fuzzlogs/$1.log"
  return "$(cat "$fuzzlogs/$1.status" 2> /dev/null || echo 1)"
}
began=$SECONDS
echo "== fuzz: parser, framing, jsonrpc (side by side)"
fuzz_in_background parser &
fuzz_in_background framing -max_len=4096 &
fuzz_in_background jsonrpc -max_len=16384 &
wait
echo "== fuzz: parser, framing, jsonrpc (side by side): $((SECONDS - began)) s"
step "fuzz: parser" fuzz_result parser
step "fuzz: framing" fuzz_result framing
step "fuzz: jsonrpc" fuzz_result jsonrpc
rm -rf "$fuzzlogs"

why_failed
rm -rf "$steplogs"
if [ ${#failed[@]} -gt 0 ]; then printf 'failed step: %s\n' "${failed[@]}"; fi
echo "steps: $passed passed, ${#failed[@]} failed, in ${SECONDS} s"
[ ${#failed[@]} -eq 0 ]
