#!/usr/bin/env bash
# Every test of the project, as README.md gives it: the Swift unit/CLI/server tests, then the suites
# that need tools from outside the toolchain (each installs what it needs on first run).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build
swift test
for suite in Tests/lsp/run.sh Tests/editors/run.sh Tests/cli/sarif-validate.sh; do
  if [ -x "$suite" ]; then echo "== $suite"; "$suite"; fi
done
echo "== fuzz regressions + short fuzz run"
Tests/fuzz/run.sh parser replay
Tests/fuzz/run.sh parser "${FUZZ_SECONDS:-30}"
