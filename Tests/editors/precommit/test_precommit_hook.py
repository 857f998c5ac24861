"""Runs the `copydesk-lint-system` pre-commit hook for real (pre-commit from PyPI, `try-repo`
against this checkout, and `git commit` through an installed hook) on a git repository of
articles, with the copydesk under test on PATH: an article mentioning an undefined entity
fails the hook and names the rule; the two-article workspace of the editor tests passes
together, because definitions are looked up across the repository; a definition in an
untracked file does not count (a fresh clone would not have it), one that is staged does.
Needs COPYDESK_BIN (a copydesk with a working `lint`)."""
from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

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


TRUMP = "# Meeting\n\n[Donald Trump][@trump] met reporters on Monday.\n"
TRUMP_DEF = "# People\n\n[@trump]: Donald Trump\n  type: person\n"


def test_a_definition_in_an_untracked_file_does_not_count(tmp_path):
    repo, env = make_repo(tmp_path)
    subprocess.run(["git", "commit", "-qm", "desk"], cwd=repo, env=env, check=True)
    (repo / "story.news.md").write_text(TRUMP, encoding="utf-8")
    (repo / "people.news.md").write_text(TRUMP_DEF, encoding="utf-8")   # left untracked
    subprocess.run(["git", "add", "story.news.md"], cwd=repo, env=env, check=True)
    r = try_repo(repo, env, "story.news.md")
    out = r.stdout + r.stderr
    assert r.returncode == 1, out
    assert "story.news.md:3:" in out and "Entity 'trump' is not defined" in out, out
    assert "copydesk-hook" not in out, f"temporary paths leak into the output:\n{out}"
    # Staged, the definition counts.
    subprocess.run(["git", "add", "people.news.md"], cwd=repo, env=env, check=True)
    r = try_repo(repo, env, "story.news.md")
    assert r.returncode == 0, r.stdout + r.stderr


def test_git_commit_through_the_installed_hook(tmp_path):
    """What a reporter does: `pre-commit install`, then `git commit`. The untracked definition
    must not make the commit pass (a fresh clone would fail: "Entity 'trump' is not defined")."""
    repo, env = make_repo(tmp_path)
    sub = repo / "desk 2017" / "Été"
    sub.mkdir(parents=True)
    (repo / ".pre-commit-config.yaml").write_text(
        "repos:\n  - repo: local\n    hooks:\n" + local_hook_yaml(), encoding="utf-8")
    subprocess.run(["git", "add", "-A"], cwd=repo, env=env, check=True)
    subprocess.run(["git", "commit", "-qm", "desk"], cwd=repo, env=env, check=True)
    r = run([sys.executable, "-m", "pre_commit", "install"], repo, env)
    assert r.returncode == 0, r.stdout + r.stderr
    (sub / "story.news.md").write_text(TRUMP, encoding="utf-8")
    (repo / "people.news.md").write_text(TRUMP_DEF, encoding="utf-8")   # untracked
    subprocess.run(["git", "add", str(sub / "story.news.md")], cwd=repo, env=env, check=True)
    r = run(["git", "commit", "-m", "story"], repo, env)
    out = r.stdout + r.stderr
    assert r.returncode != 0, f"the commit passed on an untracked definition:\n{out}"
    assert "desk 2017/Été/story.news.md:3:" in out and "undefined-entity" in out, out
    # Stage the definition too: the commit goes through.
    subprocess.run(["git", "add", "people.news.md"], cwd=repo, env=env, check=True)
    r = run(["git", "commit", "-m", "story"], repo, env)
    assert r.returncode == 0, r.stdout + r.stderr
    # And a fresh clone agrees.
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(repo), str(clone)], env=env, check=True)
    r = run([str(BIN), "lint", "desk 2017/Été/story.news.md"], clone, env)
    assert r.returncode == 0, r.stdout + r.stderr


def local_hook_yaml() -> str:
    """The copydesk-lint-system hook of .pre-commit-hooks.yaml as a `repo: local` hook (same entry)."""
    (hook,) = [h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text()) if h["id"] == "copydesk-lint-system"]
    import json
    lines = []
    for i, (k, v) in enumerate(hook.items()):
        lines.append(("      - " if i == 0 else "        ") + f"{k}: {json.dumps(v, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


def run_entry(repo, env, *args):
    """The hook's entry as pre-commit runs it (`entry` split like a shell, then args and files)."""
    (hook,) = [h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text()) if h["id"] == "copydesk-lint-system"]
    return run([*shlex.split(hook["entry"]), *args], repo, env)


def test_hook_args_are_copydesk_lint_options(tmp_path):
    repo, env = make_repo(tmp_path)
    # b.news.md has only a warning (the unsourced claim) and a hint.
    r = run_entry(repo, env, "b.news.md")
    assert r.returncode == 1 and "unsourced-claim" in r.stdout, r.stdout + r.stderr
    r = run_entry(repo, env, "--fail-on", "error", "b.news.md")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "unsourced-claim" in r.stdout, "still reported, just not failing"
    r = run_entry(repo, env, "--fail-on=error", "--format", "json", "b.news.md")
    assert r.returncode == 0 and '"path": "b.news.md"' in r.stdout, r.stdout + r.stderr
    # A file that is not staged is named, not silently skipped.
    (repo / "new.news.md").write_text("# New\n", encoding="utf-8")
    r = run_entry(repo, env, "new.news.md")
    assert r.returncode == 2 and "new.news.md is not staged" in r.stderr, r.stdout + r.stderr
