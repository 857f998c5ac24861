"""The editor-agnostic pieces: the Helix languages.toml, the pre-commit hook manifest and the
sample SARIF CI job parse, validate and say the same thing as the other integrations
(command `copydesk lsp`, `*.news.md`, root marker `.copydesk.json`, settings section
`copydesk`). Helix itself is not available on Debian bookworm or PyPI, so its config is
checked, not run; the pre-commit hook is run for real in Tests/editors/precommit."""
from __future__ import annotations

import re
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
    for h in hooks.values():
        assert h["entry"] == "copydesk lint"
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
