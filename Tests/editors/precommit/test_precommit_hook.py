"""Runs the `copydesk-lint-system` pre-commit hook for real (pre-commit from PyPI, `try-repo`
against this checkout) on a git repository of articles, with the copydesk under test on
PATH: an article mentioning an undefined entity fails the hook and names the rule; the
two-article workspace of the editor tests passes together, because definitions are looked
up across the repository. Needs COPYDESK_BIN (a copydesk with a working `lint`)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
BIN = Path(os.environ["COPYDESK_BIN"])


def run(args, cwd, env):
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def make_repo(tmp_path: Path):
    repo = tmp_path / "desk"
    subprocess.run([str(ROOT / "Tests/editors/make_workspace.sh"), str(repo)], check=True)
    (repo / "c.news.md").write_text("# Nobody\n\n[@nobody] did not comment.\n", encoding="utf-8")
    env = dict(os.environ)
    bindir = tmp_path / "bin"
    bindir.mkdir()
    (bindir / "copydesk").symlink_to(BIN)
    env["PATH"] = f"{bindir}{os.pathsep}{env['PATH']}"
    env["PRE_COMMIT_HOME"] = str(tmp_path / "pre-commit-home")
    env.update(GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.com", GIT_COMMITTER_NAME="t",
               GIT_COMMITTER_EMAIL="t@example.com")
    for cmd in (["git", "init", "-q"], ["git", "add", "-A"]):
        subprocess.run(cmd, cwd=repo, env=env, check=True)
    return repo, env


def try_repo(repo, env, *files):
    return run([sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "copydesk-lint-system",
                "--files", *files], repo, env)


def test_hook_fails_on_an_undefined_entity(tmp_path):
    repo, env = make_repo(tmp_path)
    r = try_repo(repo, env, "c.news.md")
    out = r.stdout + r.stderr
    assert r.returncode == 1, out
    assert "copydesk lint" in out and "Failed" in out, out
    assert "undefined-entity" in out and "c.news.md" in out, out


def test_hook_passes_on_an_entity_defined_in_another_article(tmp_path):
    repo, env = make_repo(tmp_path)
    r = try_repo(repo, env, "a.news.md")
    out = r.stdout + r.stderr
    assert r.returncode == 0, out
    assert "Passed" in out, out
    # b.news.md's mention of @jack-ma (defined in a.news.md) is not undefined either.
    r = try_repo(repo, env, "b.news.md")
    assert "undefined-entity" not in r.stdout + r.stderr, r.stdout + r.stderr
