#!/usr/bin/env bash
# Validates `copydesk lint --format sarif` against the SARIF 2.1.0 schema, using pydantic-sarif (PyPI:
# pydantic models generated from the official sarif-schema-2.1.0.json, extra keys forbidden) in a venv.
# Lints the seeds and a fixture with emoji, accents, curly quotes, CRLF, a space in a path, a
# duplicate definition (relatedLocations) and an invalid-UTF-8 file (toolExecutionNotifications).
#
#   Tests/cli/sarif-validate.sh            # uses .build/debug/copydesk (builds it)
#   SCRATCH=.build-me Tests/cli/sarif-validate.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
SCRATCH=${SCRATCH:-.build}
VENV=${VENV:-.venv-sarif}
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q 'pydantic-sarif==0.1.1'
fi
swift build --scratch-path "$SCRATCH" --product copydesk >&2
BIN="$PWD/$SCRATCH/debug/copydesk"

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/ws/sub dir"
echo '{}' > "$TMP/ws/.copydesk.json"
printf '# “Zoë” 😀\r\n\r\n[Zoë][@zoë] met [@nobody] 👩‍👩‍👧 [^gone].\r\n\r\n[@zoë]: Zoë Ålund\r\n  type: person\r\n\r\n[^unused]: A source\r\n' > "$TMP/ws/sub dir/é.news.md"
printf '# Dup\n\n[@zoë]: Zoë again\n' > "$TMP/ws/dup.news.md"
printf 'Caf\xe9\n' > "$TMP/ws/latin1.txt"
(cd "$TMP/ws" && "$BIN" lint --format sarif --fail-on never . > "$TMP/ws.sarif" 2> "$TMP/ws.err") || true  # exit 2: latin1.txt
"$BIN" lint --format sarif --fail-on never seeds > "$TMP/seeds.sarif" || true

"$VENV/bin/python" - "$TMP/ws.sarif" "$TMP/seeds.sarif" <<'PY'
import json, sys
from pydantic_sarif.model import StaticAnalysisResultsFormatSarifVersion210JsonSchema as Sarif
failed = False
for path in sys.argv[1:]:
    doc = json.load(open(path, encoding="utf-8"))
    try:
        Sarif.model_validate(doc)
    except Exception as e:
        failed = True
        print(f"INVALID {path}: {e}")
        continue
    run = doc["runs"][0]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    for r in run["results"]:
        assert r["ruleId"] in rules and rules[r["ruleIndex"]] == r["ruleId"], r
    notes = run["invocations"][0]["toolExecutionNotifications"]
    print(f"valid SARIF 2.1.0: {path.split('/')[-1]}: {len(run['results'])} results, {len(rules)} rules, {len(notes)} notifications")
if "ws.sarif" in sys.argv[1]:
    ws = json.load(open(sys.argv[1], encoding="utf-8"))["runs"][0]
    assert any(n["message"]["text"].startswith("latin1.txt: not valid UTF-8") for n in ws["invocations"][0]["toolExecutionNotifications"]), "IO error missing"
    assert any("relatedLocations" in r for r in ws["results"]), "duplicate-definition relatedLocations missing"
    assert any(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "sub%20dir/%C3%A9.news.md" for r in ws["results"])
sys.exit(1 if failed else 0)
PY
