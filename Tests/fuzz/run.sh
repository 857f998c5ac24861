#!/usr/bin/env bash
# Builds and runs a libFuzzer target over the real sources.
#   Tests/fuzz/run.sh parser [SECONDS] [extra libFuzzer args…]
#   Tests/fuzz/run.sh jsonrpc [SECONDS] …
#   Tests/fuzz/run.sh <target> replay      (runs every input kept under Tests/fuzz/regressions/<target>/ once)
#   Tests/fuzz/run.sh <target> corpus      (runs every input of the grown corpus once: after a campaign
#                                           without ASan, this re-checks what it found under ASan)
# Targets: parser = ParserFuzzer.swift (parser + analysis + every rule); jsonrpc = JSONRPCFuzzer.swift
# (framing + JSON + message decoding + dispatch through an in-process Server); framing = FramingFuzzer.swift
# (framing + JSON parse/write round trip + decoding only: cheap per input, for long campaigns). Seeds for jsonrpc come from
# captured client sessions: see Tests/fuzz/jsonrpc_seeds.py. Long campaigns: `nice -n 19 Tests/fuzz/run.sh
# parser 1800 -max_len=8192` (later flags override the defaults below).
# FUZZ_SANITIZE (default fuzzer,address) picks the instrumentation: `FUZZ_SANITIZE=fuzzer` drops ASan for
# long campaigns (3-4x the executions per second; Swift's own bounds and overflow checks still trap), in
# its own build directory. CI and replays use the default.
# Corpora: Tests/fuzz/corpus/<target>/ (seeds, committed) + .build-fuzz/corpus-<target>/ (grown, not committed).
# Crashing inputs found by a run are written to .build-fuzz/crashes-<target>/; keep each as a regression
# test under Tests/fuzz/regressions/<target>/ (replayed by `Tests/fuzz/run.sh <target> replay`).
set -euo pipefail
cd "$(dirname "$0")/../.."
target=${1:?target: parser or jsonrpc}
seconds=${2:-60}
shift $(( $# >= 2 ? 2 : $# ))
out=.build-fuzz
sanitize=${FUZZ_SANITIZE:-fuzzer,address}
mkdir -p "$out/corpus-$target" "$out/crashes-$target"
# Modules are compiled separately (as SwiftPM would), each with coverage + the sanitizers, in dependency
# order, once for every target: the modules of all targets share one build per instrumentation (three copies
# of CopydeskCore took three builds, most of CI's fuzz steps). The entry file is linked against them; only
# their public API is used by the entries. A lock keeps two runs from building the modules at once.
case "$target" in
  parser)  modules=(CopydeskCore); entry=Tests/fuzz/ParserFuzzer.swift ;;
  jsonrpc) modules=(CopydeskCore CopydeskJSON CopydeskFiles CopydeskLSP); entry=Tests/fuzz/JSONRPCFuzzer.swift ;;
  framing) modules=(CopydeskCore CopydeskJSON CopydeskFiles CopydeskLSP); entry=Tests/fuzz/FramingFuzzer.swift ;;
  *) echo "unknown target $target" >&2; exit 2 ;;
esac
shared=(CopydeskCore CopydeskJSON CopydeskFiles CopydeskLSP)
flavour=; [ "$sanitize" = fuzzer,address ] || flavour=-${sanitize//,/-}
bin=$out/fuzz-$target$flavour
mods=$out/modules$flavour
# Whole-module optimisation keeps the fuzzer fast (a per-file -O build runs about a quarter of the inputs a
# second), and -num-threads spreads its code generation over the cores: most of the fuzz steps' time in CI.
threads=$(getconf _NPROCESSORS_ONLN 2> /dev/null || echo 2)
files=$(for m in "${shared[@]}"; do find "Sources/$m" -name '*.swift'; done | sort)
# sed reads the whole list: `head -1` would exit early and, under pipefail, a SIGPIPE to ls (a list over
# one stdio buffer) would end the script silently.
newest=$(ls -t $files "$0" | sed -n 1p)
(
  if command -v flock > /dev/null; then flock 9; fi
  if [ ! -f "$mods/built" ] || [ "$newest" -nt "$mods/built" ]; then
    echo "building $mods" >&2
    rm -rf "$mods"; mkdir -p "$mods"
    for m in "${shared[@]}"; do
      swiftc -O -wmo -num-threads "$threads" -sanitize="$sanitize" -parse-as-library -module-name "$m" -I "$mods" \
        -emit-module -emit-module-path "$mods/$m.swiftmodule" -emit-library -static -o "$mods/lib$m.a" \
        $(find "Sources/$m" -name '*.swift' | sort)
    done
    touch "$mods/built"
  fi
) 9>"$out/modules$flavour.lock"
if [ ! -x "$bin" ] || [ "$mods/built" -nt "$bin" ] || [ "$entry" -nt "$bin" ] || [ Tests/fuzz/FuzzCheck.swift -nt "$bin" ]; then
  echo "building $bin" >&2
  libs=()
  for m in "${modules[@]}"; do libs=("-l$m" "${libs[@]}"); done
  swiftc -O -sanitize="$sanitize" -parse-as-library -module-name "Fuzz_$target" -I "$mods" -L "$mods" \
    "$entry" Tests/fuzz/FuzzCheck.swift "${libs[@]}" -o "$bin"
fi
# Swift's backtracer would catch the trap first and exit before libFuzzer saves the crashing input.
export SWIFT_BACKTRACE=enable=no
seeds=(Tests/fuzz/corpus/$target)
[ "$target" = framing ] && seeds=(Tests/fuzz/corpus/jsonrpc)
[ "$target" = parser ] && seeds+=(seeds)
[ -d "Tests/fuzz/regressions/$target" ] || mkdir -p "Tests/fuzz/regressions/$target"
if [ "$seconds" = corpus ]; then
  n=$(find "$out/corpus-$target" "${seeds[@]}" -type f | wc -l)
  "$bin" -runs=0 -max_len=65536 -timeout=10 -rss_limit_mb=4096 -artifact_prefix="$out/crashes-$target/" "$@" \
    "$out/corpus-$target" "${seeds[@]}" "Tests/fuzz/regressions/$target"
  echo "ran $n corpus inputs for $target ($sanitize)"
  exit 0
fi
if [ "$seconds" = replay ]; then
  n=$(find "Tests/fuzz/regressions/$target" -type f | wc -l)
  if [ "$n" -gt 0 ]; then "$bin" -runs=0 "Tests/fuzz/regressions/$target"/*; fi
  echo "replayed $n regression inputs for $target"
  exit 0
fi
"$bin" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
  -artifact_prefix="$out/crashes-$target/" "$@" "$out/corpus-$target" "${seeds[@]}" "Tests/fuzz/regressions/$target"
