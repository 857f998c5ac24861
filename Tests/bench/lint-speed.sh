#!/usr/bin/env bash
# Speed of `copydesk lint` (release build, whole process) over the PolNeAR train texts, in MB/s, with
# `wc -w` on the same files beside it. Bar: >= 20 MB/s pinned to one core (taskset -c 0).
#
#   Tests/bench/lint-speed.sh                 # build (release) and measure
#   SCRATCH=.build-me RUNS=7 Tests/bench/lint-speed.sh
#   CORPUS=/path/to/texts Tests/bench/lint-speed.sh
#
# Each figure is the median of RUNS runs (default 5) of the whole process, output to /dev/null.
set -euo pipefail
cd "$(dirname "$0")/../.."
SCRATCH=${SCRATCH:-.build}
RUNS=${RUNS:-5}
CORPUS=${CORPUS:-../shared/corpora/polnear-train/text}
FORMAT=${FORMAT:-json}

if [ ! -d "$CORPUS" ]; then echo "lint-speed: corpus not found: $CORPUS" >&2; exit 2; fi
echo "== building release ($SCRATCH)" >&2
swift build -c release --scratch-path "$SCRATCH" --product copydesk >&2
BIN="$SCRATCH/release/copydesk"

mapfile -t FILES < <(find "$CORPUS" -type f \( -name '*.txt' -o -name '*.md' \) | sort)
BYTES=$(cat "${FILES[@]}" | wc -c)
WORDS=$(cat "${FILES[@]}" | wc -w)
CORES=$(nproc)

# median_seconds CMD...: runs CMD $RUNS times (stdout discarded) and prints the median wall time.
median_seconds() {
  local times=() s e status
  for _ in $(seq "$RUNS"); do
    s=$(date +%s%N)
    set +e; "$@" > /dev/null; status=$?; set -e
    e=$(date +%s%N)
    if [ "$status" -ge 2 ]; then echo "lint-speed: '$*' failed with exit $status" >&2; exit 2; fi
    times+=("$(( e - s ))")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%.4f\n", a[int((NR + 1) / 2)] / 1e9 }'
}
mbps() { awk -v b="$BYTES" -v t="$1" 'BEGIN { printf "%.1f", b / 1e6 / t }'; }

LINT=("$BIN" lint --format "$FORMAT" --fail-on never --no-progress "$CORPUS")
t_all=$(median_seconds "${LINT[@]}")
t_one=$(median_seconds taskset -c 0 "${LINT[@]}")
t_wc=$(median_seconds wc -w "${FILES[@]}")
t_wc1=$(median_seconds taskset -c 0 wc -w "${FILES[@]}")
FINDINGS=$("${LINT[@]}" | grep -c '"rule":' || true)

echo "corpus: $CORPUS (${#FILES[@]} files, $BYTES bytes, $WORDS words); $CORES cores; median of $RUNS runs"
printf '%-44s %8s s  %8s MB/s\n' "copydesk lint --format $FORMAT (all cores)" "$t_all" "$(mbps "$t_all")"
printf '%-44s %8s s  %8s MB/s\n' "copydesk lint --format $FORMAT (taskset -c 0)" "$t_one" "$(mbps "$t_one")"
printf '%-44s %8s s  %8s MB/s\n' "wc -w (all cores)" "$t_wc" "$(mbps "$t_wc")"
printf '%-44s %8s s  %8s MB/s\n' "wc -w (taskset -c 0)" "$t_wc1" "$(mbps "$t_wc1")"
echo "findings reported: $FINDINGS; rules: $("$BIN" help lint | sed -n '/^Rules:/,$p' | grep -c '^  [a-z]')"
if awk -v m="$(mbps "$t_one")" 'BEGIN { exit !(m >= 20) }'; then
  echo "bar (>= 20 MB/s on one core): PASS"
else
  echo "bar (>= 20 MB/s on one core): FAIL"
fi
