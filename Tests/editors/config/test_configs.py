"""The editor-agnostic pieces: the Helix languages.toml, the pre-commit hook manifest and the
sample SARIF CI job parse, validate and say the same thing as the other integrations
(command `copydesk lsp`, `*.news.md`, root marker `.copydesk.json`, settings section
`copydesk`). Helix itself is not available on Debian bookworm or PyPI, so its config is
checked, not run; the pre-commit hook is run for real in Tests/editors/precommit."""
from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]


def test_helix_languages_toml():
    cfg = tomllib.loads((ROOT / "editors/helix/languages.toml").read_text(encoding="utf-8"))
    server = cfg["language-server"]["copydesk"]
    assert server["command"] == "copydesk" and server["args"] == ["lsp"]
    # Helix answers workspace/configuration by walking `config` with the section name.
    assert set(server["config"]) == {"copydesk"}
    assert set(server["config"]["copydesk"]) <= {"rules", "reportingVerbs", "abbreviations", "include", "exclude"}
    (lang,) = [l for l in cfg["language"] if l["name"] == "newsmd"]
    assert {"glob": "*.news.md"} in lang["file-types"]
    assert lang["roots"][0] == ".copydesk.json"
    assert lang["language-servers"] == ["copydesk"]
    assert lang["grammar"] == "markdown"
    assert lang["block-comment-tokens"] == {"start": "<!--", "end": "-->"}
    for q in ["highlights.scm", "injections.scm"]:
        text = (ROOT / "editors/helix/queries/newsmd" / q).read_text()
        assert text.splitlines()[0] == "; inherits: markdown", q


def test_pre_commit_manifest_validates():
    manifest = ROOT / ".pre-commit-hooks.yaml"
    r = subprocess.run([sys.executable, "-m", "pre_commit", "validate-manifest", str(manifest)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    hooks = {h["id"]: h for h in yaml.safe_load(manifest.read_text())}
    assert set(hooks) == {"copydesk-lint", "copydesk-lint-system"}
    assert hooks["copydesk-lint"]["language"] == "swift"   # pre-commit builds the package itself
    assert hooks["copydesk-lint-system"]["language"] == "system"
    # One entry for both: a script that lints the index (tracked + staged), never untracked files.
    assert hooks["copydesk-lint"]["entry"] == hooks["copydesk-lint-system"]["entry"]
    for h in hooks.values():
        argv = shlex.split(h["entry"])
        assert argv[:2] == ["bash", "-c"] and len(argv) == 4, argv
        script = argv[2]
        assert "copydesk lint" in script and "git checkout-index" in script
        r = subprocess.run(["bash", "-n", "-c", script], capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
        files = re.compile(h["files"])
        assert files.search("desk/2017/ma-trump.news.md")
        assert not files.search("README.md") and not files.search("notes.txt")


def test_sample_ci_job_uploads_the_sarif_it_writes():
    path = ROOT / "editors/ci/github-actions-copydesk-sarif.yml"
    job = yaml.safe_load(path.read_text())
    # YAML 1.1 reads the `on:` key as True.
    assert job.get("on") or job.get(True)
    assert job["permissions"]["security-events"] == "write"
    steps = job["jobs"]["lint-articles"]["steps"]
    lint = next(s for s in steps if "--format sarif" in s.get("run", ""))
    out = re.search(r"--format sarif [^>]*> (\S+)", lint["run"]).group(1)
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif@"))
    assert upload["with"]["sarif_file"] == out
    assert upload.get("if") == "always()", "findings must be uploaded even though lint exits 1"
    build = next(s for s in steps if "swift build" in s.get("run", ""))
    assert "--product copydesk" in build["run"]


LEVELS = ["error", "warning", "info", "hint"]   # each fails on more than the one before


def default_fail_level() -> str:
    bin_ = os.environ.get("COPYDESK_BIN")
    assert bin_, "COPYDESK_BIN must name the copydesk under test (Tests/editors/run.sh sets it)"
    help_text = subprocess.run([bin_, "lint", "--help"], capture_output=True, text=True).stdout
    line = re.search(r"--fail-on LEVEL\s+(.*)", help_text).group(1)
    return re.search(r"(\w+) \(default\)", line).group(1)


def test_fail_on_advice_is_never_the_default():
    """`args: [--fail-on, warning]` is what the hook does anyway; calling it "stricter" (as the
    editors README once did) sends users after a no-op."""
    default = default_fail_level()
    assert default in LEVELS
    docs = [ROOT / "editors/README.md", ROOT / "README.md", ROOT / ".pre-commit-hooks.yaml"]
    seen = 0
    for doc in docs:
        for line in doc.read_text(encoding="utf-8").splitlines():
            for level in re.findall(r"args: \[--fail-on, (\w+)\]", line):
                seen += 1
                assert level != default, f"{doc.name}: {line.strip()!r} is the default"
                if "stricter" in line:
                    assert LEVELS.index(level) > LEVELS.index(default), f"{doc.name}: {line.strip()!r}"
                if "only errors" in line or "laxer" in line:
                    assert LEVELS.index(level) < LEVELS.index(default), f"{doc.name}: {line.strip()!r}"
    assert seen >= 2, "the hook docs show how to change the fail level"
