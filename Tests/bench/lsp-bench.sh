#!/usr/bin/env bash
# LSP benchmark: release build, then Tests/bench/lsp_bench.py against the real binary.
#   Tests/bench/lsp-bench.sh [--articles N] [--encoding utf-16|utf-8] [--samples N] [--big-entities N] [--workspace DIR]   (SCRATCH_PATH to pick the build dir)
set -euo pipefail
cd "$(dirname "$0")/../.."
scratch=${SCRATCH_PATH:-.build}
swift build -c release --scratch-path "$scratch" --product copydesk >&2
bin="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/copydesk"
exec python3 Tests/bench/lsp_bench.py --bin "$bin" "$@"
