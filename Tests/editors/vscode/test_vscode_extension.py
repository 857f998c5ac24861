"""Static checks of the VS Code extension in editors/vscode (it cannot be built or run here:
no npm registry, no headless VS Code). Its behaviour against fakes of the VS Code API is in
extension.test.js (node --test); this file checks:

- the manifest: required fields, contributions, files it points at;
- wiring: every contributed command is registered and every setting read in extension.js;
  the rule-severity setting covers every rule id in Sources/CopydeskCore/Rules;
- the TextMate grammars: valid JSON, every regex compiles with Oniguruma (VS Code's engine,
  via onigurumacffi), and a small TextMate tokenizer over the injection grammar gives the
  expected scopes on sample annotation lines;
- `node --check` on the JavaScript; README and .vscodeignore sanity.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import onigurumacffi
import pytest

ROOT = Path(__file__).resolve().parents[3]
EXT = ROOT / "editors" / "vscode"
MANIFEST = json.loads((EXT / "package.json").read_text(encoding="utf-8"))
EXTENSION_JS = (EXT / "extension.js").read_text(encoding="utf-8")
CONTRIB = MANIFEST["contributes"]
SEVERITIES = ["off", "error", "warning", "information", "hint"]


def load_json(rel: str):
    return json.loads((EXT / rel).read_text(encoding="utf-8"))


# ---- manifest ---------------------------------------------------------------------------
def test_required_fields():
    for key in ["name", "displayName", "description", "version", "publisher", "engines", "main", "contributes"]:
        assert MANIFEST.get(key), f"package.json lacks {key}"
    assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", MANIFEST["name"])
    assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9-]*", MANIFEST["publisher"])
    assert re.fullmatch(r"\d+\.\d+\.\d+", MANIFEST["version"])
    assert (EXT / MANIFEST["main"]).is_file()
    # vscode-languageclient 9 needs VS Code 1.82+.
    assert MANIFEST["dependencies"]["vscode-languageclient"].startswith("^9.")
    m = re.fullmatch(r"\^1\.(\d+)\.\d+", MANIFEST["engines"]["vscode"])
    assert m and int(m.group(1)) >= 82
    assert "@vscode/vsce" in MANIFEST["devDependencies"], "`npx vsce` must resolve to the local packager"
    assert "onLanguage:newsmd" in MANIFEST["activationEvents"]


def test_language_contribution():
    (lang,) = [l for l in CONTRIB["languages"] if l["id"] == "newsmd"]
    assert ".news.md" in lang["extensions"]
    config = load_json(lang["configuration"])
    assert config["comments"]["blockComment"] == ["<!--", "-->"]
    assert ["[", "]"] in config["brackets"]
    word = config["wordPattern"]
    assert "u" in word["flags"], "\\p{…} classes need the u flag"


def test_grammar_contributions_point_at_matching_files():
    grammars = CONTRIB["grammars"]
    main = next(g for g in grammars if g.get("language") == "newsmd")
    main_file = load_json(main["path"])
    assert main_file["scopeName"] == main["scopeName"] == "text.html.markdown.newsmd"
    assert {"include": "text.html.markdown"} in main_file["patterns"], "embeds VS Code's Markdown grammar"
    inj = next(g for g in grammars if "injectTo" in g)
    inj_file = load_json(inj["path"])
    assert inj_file["scopeName"] == inj["scopeName"]
    assert main["scopeName"] in inj["injectTo"]
    selector = inj_file["injectionSelector"]
    assert selector.startswith("L:text.html.markdown.newsmd"), "before Markdown's patterns, only in newsmd"
    for excluded in ["markup.fenced_code", "markup.inline.raw", "markup.raw"]:
        assert f"-{excluded}" in selector, f"annotations must not be highlighted inside {excluded}"


# ---- wiring -----------------------------------------------------------------------------
@pytest.mark.parametrize("command", [c["command"] for c in CONTRIB["commands"]])
def test_every_command_is_registered(command):
    assert re.search(r"registerCommand\(\s*'" + re.escape(command) + r"'", EXTENSION_JS), command
    entry = next(c for c in CONTRIB["commands"] if c["command"] == command)
    assert entry["title"] and entry.get("category") == "Copydesk"


@pytest.mark.parametrize("setting", sorted(CONTRIB["configuration"]["properties"]))
def test_every_setting_is_read(setting):
    assert setting.startswith("copydesk.")
    key = setting[len("copydesk."):]
    if setting == "copydesk.trace.server":
        # vscode-languageclient reads `<client id>.trace.server` itself.
        assert re.search(r"const CLIENT_ID = 'copydesk'", EXTENSION_JS)
        assert re.search(r"new LanguageClient\(CLIENT_ID,", EXTENSION_JS)
        assert CONTRIB["configuration"]["properties"][setting]["enum"] == ["off", "messages", "verbose"]
    else:
        assert re.search(r"\.get\('" + re.escape(key) + r"'\)", EXTENSION_JS), f"{setting} never read"


def rule_ids_in_sources() -> set[str]:
    ids = set()
    for f in (ROOT / "Sources" / "CopydeskCore" / "Rules").glob("*.swift"):
        ids.update(re.findall(r'\blet id\s*=\s*"([a-z0-9-]+)"', f.read_text(encoding="utf-8")))
    return ids


def test_rule_severity_setting_covers_every_rule():
    rules = CONTRIB["configuration"]["properties"]["copydesk.rules"]
    ids = rule_ids_in_sources()
    assert ids, "no rule ids found under Sources/CopydeskCore/Rules"
    missing = ids - set(rules["properties"])
    assert not missing, f"rules without a severity setting: {sorted(missing)}"
    for rid, prop in rules["properties"].items():
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", rid)
        assert [e for e in prop["enum"] if e is not None] == SEVERITIES, rid
        assert prop["markdownDescription"], rid
    assert [e for e in rules["additionalProperties"]["enum"] if e is not None] == SEVERITIES


def test_problem_matcher_and_task_type_are_contributed():
    assert "'$copydesk'" in EXTENSION_JS
    assert any(m["name"] == "copydesk" for m in CONTRIB["problemMatchers"])
    assert any(t["type"] == "copydesk" for t in CONTRIB["taskDefinitions"])


# ---- grammars ---------------------------------------------------------------------------
def all_regexes(node, where="$"):
    """Yields (json path, regex) for every match/begin/end/while in a grammar."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k in ("match", "begin", "end", "while") and isinstance(v, str):
                yield f"{where}.{k}", v
            else:
                yield from all_regexes(v, f"{where}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from all_regexes(v, f"{where}[{i}]")


GRAMMAR_FILES = [g["path"] for g in CONTRIB["grammars"]]


@pytest.mark.parametrize("path", GRAMMAR_FILES)
def test_every_grammar_regex_compiles_with_oniguruma(path):
    grammar = load_json(path)
    regexes = list(all_regexes(grammar))
    for where, rx in regexes:
        try:
            onigurumacffi.compile(rx)
        except onigurumacffi.OnigError as e:  # pragma: no cover - the failure message is the point
            pytest.fail(f"{path} {where}: {rx!r}: {e}")
    if "injectionSelector" in grammar:
        assert len(regexes) >= 8


class Tokenizer:
    """The part of TextMate's algorithm the injection grammar uses: at each position the
    earliest-starting pattern wins (ties: the first listed); `match` rules scope their span
    and captures; `begin`/`end` rules scope up to the end match and tokenize their own
    `patterns` in between. One line at a time (our rules are single-line)."""

    def __init__(self, grammar):
        self.repo = grammar.get("repository", {})
        self.patterns = self.resolve(grammar["patterns"])

    def resolve(self, patterns):
        out = []
        for p in patterns:
            if "include" in p:
                assert p["include"].startswith("#"), p
                out.extend(self.resolve([self.repo[p["include"][1:]]]))
            else:
                out.append(p)
        return out

    @staticmethod
    def paint(scopes, start, end, name):
        for i in range(start, end):
            scopes[i].append(name)

    def captures(self, scopes, m, caps):
        for k, v in (caps or {}).items():
            s, e = m.span(int(k))
            if s >= 0 and e > s:
                self.paint(scopes, s, e, v["name"])

    def run(self, line, patterns, pos, end_rx, scopes):
        """Tokenizes line[pos:] until end_rx matches (returns its match) or the line ends."""
        while pos <= len(line):
            best = None
            if end_rx is not None:
                em = end_rx.search(line, pos)
                if em is not None:
                    best = (em.start(), -1, None, em)
            for i, p in enumerate(patterns):
                rx = onigurumacffi.compile(p.get("match") or p["begin"])
                m = rx.search(line, pos)
                if m is not None and (best is None or m.start() < best[0]):
                    best = (m.start(), i, p, m)
            if best is None:
                return None
            start, _, p, m = best
            if p is None:  # the enclosing rule's end
                return m
            if "match" in p:
                if p.get("name"):
                    self.paint(scopes, m.start(), m.end(), p["name"])
                self.captures(scopes, m, p.get("captures"))
                pos = m.end() if m.end() > m.start() else m.end() + 1
            else:
                self.captures(scopes, m, p.get("beginCaptures"))
                inner = self.resolve(p.get("patterns", []))
                em = self.run(line, inner, m.end(), onigurumacffi.compile(p["end"]), scopes)
                stop = em.end() if em is not None else len(line)
                if em is not None:
                    self.captures(scopes, em, p.get("endCaptures"))
                if p.get("name"):
                    self.paint(scopes, m.start(), stop, p["name"])
                pos = stop if stop > m.start() else stop + 1
        return None

    def scopes(self, line):
        scopes = [[] for _ in line]
        self.run(line, self.patterns, 0, None, scopes)
        return scopes


INJECTION = load_json(next(g["path"] for g in CONTRIB["grammars"] if "injectTo" in g))
TOKENIZER = Tokenizer(INJECTION)

SUPPRESS = "<!-- copydesk-disable-next-line unsourced-claim -- reviewed by the desk 🤝 -->"
SCOPE_CASES = [
    # line, text in it, scope that text must carry (at every character of it)
    ("[@jack-ma]: Jack Ma", "jack-ma", "entity.name.type.entity.newsmd"),
    ("[@jack-ma]: Jack Ma", "Jack Ma", "string.unquoted.entity-name.newsmd"),
    ("[@jack-ma]: Jack Ma", "[@jack-ma]:", "meta.definition.entity.newsmd"),
    ("[@São-Paulo.gov]: São Paulo", "São Paulo", "string.unquoted.entity-name.newsmd"),
    ("  type: person", "type", "keyword.other.field.newsmd"),
    ("  aliases: Ma, Mr Ma, Mr. Ma", "Ma, Mr Ma, Mr. Ma", "string.unquoted.field-value.newsmd"),
    ("  same-as: https://www.wikidata.org/wiki/Q1137062", "same-as", "keyword.other.field.newsmd"),
    ("On Monday 🤝 “[Mr Ma][@jack-ma]” met [@trump].", "Mr Ma", "string.other.mention.surface.newsmd"),
    ("On Monday 🤝 “[Mr Ma][@jack-ma]” met [@trump].", "jack-ma", "variable.other.entity-id.newsmd"),
    ("On Monday 🤝 “[Mr Ma][@jack-ma]” met [@trump].", "[Mr Ma][@jack-ma]", "meta.mention.entity.newsmd"),
    ("On Monday 🤝 “[Mr Ma][@jack-ma]” met [@trump].", "trump", "variable.other.entity-id.newsmd"),
    ("Sales rose 12 percent[^pr][^pr-2].", "pr", "constant.other.reference.citation.newsmd"),
    ("Sales rose 12 percent[^pr][^pr-2].", "pr-2", "constant.other.reference.citation.newsmd"),
    ("[^pr]: Alibaba press release, 9 January 2017.", "pr", "entity.name.label.source.newsmd"),
    (SUPPRESS, "<!--", "comment.block.suppression.newsmd"),
    (SUPPRESS, "copydesk-disable-next-line", "keyword.control.directive.suppression.newsmd"),
    (SUPPRESS, "unsourced-claim", "constant.language.rule-id.newsmd"),
    (SUPPRESS, "reviewed by the desk 🤝", "string.unquoted.reason.newsmd"),
    (SUPPRESS, "-->", "punctuation.definition.comment.end.newsmd"),
    ("<!-- copydesk-disable unsourced-claim, vague-attribution -->", "vague-attribution", "constant.language.rule-id.newsmd"),
    ("<!-- copydesk-enable -->", "copydesk-enable", "keyword.control.directive.suppression.newsmd"),
]
NEGATIVE_CASES = [
    # line, text in it, scope prefix that must NOT be on it
    ("See [the site](https://example.com) today.", "the site", "meta.mention"),
    ("<!-- an ordinary comment -->", "an ordinary", "comment.block.suppression"),
    ("[@jack-ma]: Jack Ma", "[@jack-ma]", "meta.mention"),
    ("[^pr]: Press release", "[^pr]", "meta.citation"),
    ("Footnote-like [x][y] and [@] and [^]", "[x][y]", "meta."),
    ("Footnote-like [x][y] and [@] and [^]", "[@]", "meta."),
    (SUPPRESS, "reviewed", "constant.language.rule-id"),
    ("type: not indented, so not a field", "type", "keyword.other.field"),
]


def scopes_of(line, text):
    start = line.index(text)
    return TOKENIZER.scopes(line)[start:start + len(text)]


@pytest.mark.parametrize("line,text,scope", SCOPE_CASES)
def test_annotation_scopes(line, text, scope):
    for i, s in enumerate(scopes_of(line, text)):
        assert scope in s, f"{text!r}[{i}] in {line!r} has {s}, not {scope}"


@pytest.mark.parametrize("line,text,prefix", NEGATIVE_CASES)
def test_no_annotation_scope(line, text, prefix):
    for i, s in enumerate(scopes_of(line, text)):
        assert not any(x.startswith(prefix) for x in s), f"{text!r}[{i}] in {line!r} has {s}"


def test_every_scope_is_namespaced():
    names = re.findall(r'"name":\s*"([^"]+)"', json.dumps(INJECTION["repository"]))
    assert names
    for n in names:
        assert n.endswith(".newsmd"), n


# ---- JavaScript, README, packaging ------------------------------------------------------
@pytest.mark.parametrize("js", ["editors/vscode/extension.js", "Tests/editors/vscode/extension.test.js"])
def test_node_check(js):
    node = shutil.which("node")
    assert node, "node is required (Debian: apt-get install nodejs)"
    r = subprocess.run([node, "--check", str(ROOT / js)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_readme_documents_settings_and_commands():
    readme = (EXT / "README.md").read_text(encoding="utf-8")
    for setting in CONTRIB["configuration"]["properties"]:
        assert f"`{setting}`" in readme, setting
    for c in CONTRIB["commands"]:
        assert f"{c['category']}: {c['title']}" in readme, c
    # vsce rewrites relative links against the repository URL, which package.json lacks.
    rel = [l for l in re.findall(r"\]\(([^)]+)\)", readme) if not re.match(r"(https?:|#|mailto:)", l)]
    assert not rel, f"relative links in README: {rel}"
    assert "This is the README for your extension" not in readme


def test_vscodeignore_keeps_what_the_extension_needs():
    lines = [l.strip() for l in (EXT / ".vscodeignore").read_text().splitlines() if l.strip() and not l.startswith("#")]
    needed = ["extension.js", "package.json", "language-configuration.json", "syntaxes/newsmd.tmLanguage.json",
              "syntaxes/annotations.injection.tmLanguage.json", "README.md", "node_modules/vscode-languageclient/package.json"]
    import fnmatch
    for path in needed:
        excluded = False
        for pat in lines:
            neg = pat.startswith("!")
            p = pat[1:] if neg else pat
            hit = fnmatch.fnmatch(path, p) or fnmatch.fnmatch(path, p.rstrip("/") + "/*") or path.startswith(p.rstrip("*").rstrip("/") + "/") and p.endswith("**")
            if hit:
                excluded = not neg
        assert not excluded, f".vscodeignore drops {path}"
    assert "node_modules/**" not in lines, "dependencies are not bundled: node_modules must ship"


def test_readme_node_version_matches_the_packager():
    # @vscode/vsce 3 declares engines.node >= 20; a README asking for 18 sends users into a
    # failing `npm run package`.
    vsce = MANIFEST["devDependencies"]["@vscode/vsce"]
    major = int(re.match(r"\^?(\d+)", vsce).group(1))
    needed = 20 if major >= 3 else 16
    for doc in [EXT / "README.md", ROOT / "README.md", ROOT / "editors" / "README.md"]:
        text = doc.read_text(encoding="utf-8")
        for m in re.finditer(r"Node(?:\.js)?\s+(\d+)\+", text):
            assert int(m.group(1)) >= needed, f"{doc.name}: {m.group(0)!r}, but @vscode/vsce {vsce} needs Node {needed}+"
    assert re.search(r"Node(?:\.js)?\s+%d\+" % needed, (EXT / "README.md").read_text(encoding="utf-8"))


def test_lint_task_uses_utf16_columns_and_says_it_repeats_the_server():
    assert "'--column-unit', 'utf-16'" in EXTENSION_JS
    (matcher,) = [m for m in CONTRIB["problemMatchers"] if m["name"] == "copydesk"]
    assert matcher["owner"] != "copydesk", "the client's diagnostics are owned by 'copydesk'"
    readme = (EXT / "README.md").read_text(encoding="utf-8")
    assert "--column-unit utf-16" in readme
    assert "listed twice" in readme
    assert "registerTaskProvider('copydesk'" in EXTENSION_JS
