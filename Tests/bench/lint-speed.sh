#!/usr/bin/env bash
# Speed of `copydesk lint` (release build, whole process) over the PolNeAR train texts, in MB/s, with
# `wc -w` on the same files beside it. Bar: >= 20 MB/s pinned to one core (taskset -c 0).
#
#   Tests/bench/lint-speed.sh                 # build (release) and measure
#   SCRATCH=.build-me RUNS=7 Tests/bench/lint-speed.sh
#   CORPUS=/path/to/texts Tests/bench/lint-speed.sh
#   SWIFT_BUILD_FLAGS=--static-swift-stdlib SCRATCH=.build-static Tests/bench/lint-speed.sh   # ~6 ms less startup
#
# Each figure is the median of RUNS runs (default 5) of the whole process, output to /dev/null: wall time,
# and cpu time (user + sys), which other load on a shared machine disturbs less.
set -euo pipefail
cd "$(dirname "$0")/../.."
SCRATCH=${SCRATCH:-.build}
RUNS=${RUNS:-5}
CORPUS=${CORPUS:-../shared/corpora/polnear-train/text}
FORMAT=${FORMAT:-json}

if [ ! -d "$CORPUS" ]; then echo "lint-speed: corpus not found: $CORPUS" >&2; exit 2; fi
echo "== building release ($SCRATCH)" >&2
# shellcheck disable=SC2086
swift build -c release --scratch-path "$SCRATCH" --product copydesk ${SWIFT_BUILD_FLAGS:-} >&2
BIN="$SCRATCH/release/copydesk"

mapfile -t FILES < <(find "$CORPUS" -type f \( -name '*.txt' -o -name '*.md' \) | sort)
BYTES=$(cat "${FILES[@]}" | wc -c)
WORDS=$(cat "${FILES[@]}" | wc -w)
CORES=$(nproc)

# measure CMD...: runs CMD $RUNS times (stdout discarded); prints "median-wall median-cpu" in seconds,
# cpu = user + sys of the process (less sensitive than wall time to other load on a shared machine).
measure() {
  local walls=() cpus=() out status
  TIMEFORMAT='%R %U %S'
  for _ in $(seq "$RUNS"); do
    set +e
    out=$( { time "$@" > /dev/null 2> /dev/null; } 2>&1 ); status=$?
    set -e
    if [ "$status" -ge 2 ]; then echo "lint-speed: '$*' failed with exit $status" >&2; exit 2; fi
    read -r r u s <<< "$out"
    walls+=("$r"); cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.3f", u + s }')")
  done
  local med='{ a[NR] = $1 } END { printf "%.3f", a[int((NR + 1) / 2)] }'
  echo "$(printf '%s\n' "${walls[@]}" | sort -n | awk "$med") $(printf '%s\n' "${cpus[@]}" | sort -n | awk "$med")"
}
mbps() { awk -v b="$BYTES" -v t="$1" 'BEGIN { printf "%.1f", b / 1e6 / t }'; }

LINT=("$BIN" lint --format "$FORMAT" --fail-on never --no-progress "$CORPUS")
read -r w_all c_all <<< "$(measure "${LINT[@]}")"
read -r w_one c_one <<< "$(measure taskset -c 0 "${LINT[@]}")"
read -r w_wc c_wc <<< "$(measure wc -w "${FILES[@]}")"
read -r w_wc1 c_wc1 <<< "$(measure taskset -c 0 wc -w "${FILES[@]}")"
FINDINGS=$("${LINT[@]}" | grep -c '"rule":' || true)

echo "corpus: $CORPUS (${#FILES[@]} files, $BYTES bytes, $WORDS words); $CORES cores; load $(cut -d' ' -f1-3 /proc/loadavg); median of $RUNS runs"
printf '%-44s %8s %9s   %8s %9s\n' "" "wall s" "MB/s" "cpu s" "MB/cpu-s"
row() { printf '%-44s %8s %9s   %8s %9s\n' "$1" "$2" "$(mbps "$2")" "$3" "$(mbps "$3")"; }
row "copydesk lint --format $FORMAT (all cores)" "$w_all" "$c_all"
row "copydesk lint --format $FORMAT (taskset -c 0)" "$w_one" "$c_one"
row "wc -w (all cores)" "$w_wc" "$c_wc"
row "wc -w (taskset -c 0)" "$w_wc1" "$c_wc1"
echo "findings reported: $FINDINGS; rules: $("$BIN" help lint | sed -n '/^Rules:/,$p' | grep -c '^  [a-z]')"
# The bar is on wall time pinned to one core; on a loaded machine compare the cpu column too.
if awk -v m="$(mbps "$w_one")" 'BEGIN { exit !(m >= 20) }'; then
  echo "bar (>= 20 MB/s on one core, wall): PASS ($(mbps "$w_one") MB/s)"
else
  echo "bar (>= 20 MB/s on one core, wall): FAIL ($(mbps "$w_one") MB/s; cpu-time figure $(mbps "$c_one") MB/s)"
fi
