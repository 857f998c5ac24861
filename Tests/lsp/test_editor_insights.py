"""Issue 10's editor features through a third-party client (pygls), end to end with the real binary:
inlay hints, the sourcing code lens, document links, and the durable decisions round trip (accept a finding
in the editor → apply the edit → `copydesk lint` no longer fails on it → edit the sentence → it is back).

Uses test_copydesk's `client` fixture (VS Code's and Neovim's recorded capabilities) over this module's own
workspace.
"""
from __future__ import annotations

import asyncio
import json
import pathlib
import subprocess
from typing import Union

import pytest
from lsprotocol import types

from test_copydesk import BIN, client, diagnostics, open_doc, position, uri, validated, wait_for_index  # noqa: F401

STORY = (
    "# Trade talks 😀\n"
    "\n"
    "Harley Lewin, a partner at a law firm, says Alibaba is great.\n"
    "\n"
    "“There is nothing to lose here at all,” he added. Ma met [@trump] on Monday[^call].\n"
    "\n"
    "Alibaba made $15 billion in sales last year. Sources say the deal is close.\n"
    "\n"
    "[@jack-ma]: Jack Ma\n"
    "  same-as: https://www.wikidata.org/wiki/Q1137062\n"
    "\n"
    "[^call]: Phone call with the company on Monday morning, 2017, https://example.com/call\n"
)
DEFS = "[@trump]: Donald Trump\n  type: person\n"
CLAIM = "# Trade\n\nAlibaba made $15 billion in sales last year. The firm grew.\n"
QUIP = "# Talks\n\nLewin chirped, “The plan is dead and we all know it.”\n"


@pytest.fixture
def workspace(tmp_path: pathlib.Path) -> pathlib.Path:
    (tmp_path / ".copydesk.json").write_text('{\n  "rules": { "vague-attribution": "off" }\n}\n', encoding="utf-8")
    (tmp_path / "story.news.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "defs.news.md").write_text(DEFS, encoding="utf-8")
    (tmp_path / "claim.news.md").write_text(CLAIM, encoding="utf-8")
    (tmp_path / "quip.news.md").write_text(QUIP, encoding="utf-8")
    return tmp_path


def doc(client, name: str) -> types.TextDocumentIdentifier:
    return types.TextDocumentIdentifier(uri=uri(client, name))


def whole(text: str, encoding: str) -> types.Range:
    return types.Range(start=types.Position(line=0, character=0), end=position(text + "\0", "\0", encoding))


def index_of(text: str, pos: types.Position, encoding: str) -> int:
    """A str index for an LSP position in `encoding`."""
    lines = text.split("\n")
    start = sum(len(line) + 1 for line in lines[: pos.line])
    line = lines[pos.line] if pos.line < len(lines) else ""
    units = 0
    for i, ch in enumerate(line):
        if units >= pos.character:
            return start + i
        units += len(ch.encode("utf-8")) if encoding == "utf-8" else len(ch.encode("utf-16-le")) // 2
    return start + len(line)


def apply_workspace_edit(edit: types.WorkspaceEdit, encoding: str) -> list[pathlib.Path]:
    """Applies a WorkspaceEdit to files on disk as an editor would (then saves); returns the files written."""
    per_uri: dict[str, list[types.TextEdit]] = {}
    created: set[str] = set()
    for change in edit.document_changes or []:
        if isinstance(change, types.CreateFile):
            created.add(change.uri)
        elif isinstance(change, types.TextDocumentEdit):
            per_uri.setdefault(change.text_document.uri, []).extend(change.edits)
    for u, edits in (edit.changes or {}).items():
        per_uri.setdefault(u, []).extend(edits)
    written = []
    for u, edits in per_uri.items():
        path = pathlib.Path(u.removeprefix("file://"))
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        assert path.exists() or u in created or not edit.document_changes
        for e in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
            a = index_of(text, e.range.start, encoding)
            b = index_of(text, e.range.end, encoding)
            text = text[:a] + e.new_text + text[b:]
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


async def code_actions(client, name: str, diags: list[types.Diagnostic]) -> list[types.CodeAction]:
    """The code actions for `diags`. lsprotocol 2025.0.0 reads any code action that has a `command` as a
    `Command` (its hook only checks that the key exists); editors tell them apart by the type of `command`
    (a string in a Command, an object in a CodeAction: VS Code, Neovim, eglot, Helix), so the client here does too."""
    conv = client.protocol._converter

    def hook(obj, _):
        return conv.structure(obj, types.Command if isinstance(obj.get("command"), str) else types.CodeAction)

    conv.register_structure_hook(Union[types.Command, types.CodeAction], hook)
    return await client.text_document_code_action_async(
        types.CodeActionParams(text_document=doc(client, name), range=diags[0].range,
                               context=types.CodeActionContext(diagnostics=diags))
    )


def lint(workspace: pathlib.Path, name: str) -> subprocess.CompletedProcess:
    return subprocess.run([BIN, "lint", name], cwd=workspace, capture_output=True, text=True)


async def settled_diagnostics(client, name: str, want) -> list[types.Diagnostic]:
    """Diagnostics of `name` once `want(codes)` holds (pushed ones arrive after a command or an edit)."""
    codes: list[str] = []
    target = uri(client, name)
    pulled = client.init_result.capabilities.diagnostic_provider is not None
    for _ in range(100):
        if pulled:
            diags = await diagnostics(client, name)
        else:
            diags = list(client.diagnostics.get(target, []))
        codes = sorted(d.code for d in diags)
        if (pulled or target in client.diagnostics) and want(codes):
            return diags
        if pulled:
            await asyncio.sleep(0.05)
        else:
            try:
                await asyncio.wait_for(client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), 0.2)
            except asyncio.TimeoutError:
                pass
    raise AssertionError(f"diagnostics of {name} never settled: {codes}")


async def test_inlay_hints(client):
    await wait_for_index(client)
    open_doc(client, "story.news.md", STORY)
    hints = await client.text_document_inlay_hint_async(
        types.InlayHintParams(text_document=doc(client, "story.news.md"), range=whole(STORY, client.encoding))
    )
    for h in hints:
        validated(h, types.InlayHint)
    assert [h.label for h in hints] == ["— Harley Lewin", "Donald Trump", "Phone call with the company on…"]
    assert hints[0].position == position(STORY, " Ma met", client.encoding, offset=-1)
    assert hints[1].position == position(STORY, " on Monday[", client.encoding)
    assert hints[2].position == position(STORY, ".\n\nAlibaba", client.encoding)
    assert client.init_result.capabilities.inlay_hint_provider is not None


async def test_code_lens_and_summary_command(client):
    await wait_for_index(client)
    open_doc(client, "story.news.md", STORY)
    (lens,) = await client.text_document_code_lens_async(types.CodeLensParams(text_document=doc(client, "story.news.md")))
    validated(lens, types.CodeLens)
    assert lens.range.start == types.Position(line=0, character=0)
    assert lens.command.title == "1 unsourced claim · 0 sourced · 1 quote · 1 named source, 1 anonymous"
    assert lens.command.command == "copydesk.showFindings"
    locations = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command=lens.command.command, arguments=lens.command.arguments)
    )
    assert [loc["range"]["start"]["line"] for loc in locations] == [6]
    assert "copydesk.showSourcingSummary" in client.init_result.capabilities.execute_command_provider.commands


async def test_document_links(client):
    await wait_for_index(client)
    open_doc(client, "story.news.md", STORY)
    links = await client.text_document_document_link_async(
        types.DocumentLinkParams(text_document=doc(client, "story.news.md"))
    )
    for link in links:
        validated(link, types.DocumentLink)
    assert [link.target for link in links] == ["https://www.wikidata.org/wiki/Q1137062", "https://example.com/call"]
    link_caps = client.capabilities.text_document.document_link
    if link_caps and link_caps.tooltip_support:
        assert links[0].tooltip == "Wikidata Q1137062 (Jack Ma)"
    else:
        assert links[0].tooltip is None
    assert links[1].range.start == position(STORY, "https://example.com/call", client.encoding)


async def test_accept_a_finding_round_trip(client):
    """Accept in the editor → apply the edit → `copydesk lint` passes → edit the sentence → the finding is back."""
    ws = client.workspace
    assert lint(ws, "claim.news.md").returncode == 1
    await wait_for_index(client)
    open_doc(client, "claim.news.md", CLAIM)
    diags = await settled_diagnostics(client, "claim.news.md", lambda c: c == ["unsourced-claim"])
    actions = await code_actions(client, "claim.news.md", diags)
    accept = next(a for a in actions if a.title.startswith("Accept this finding"))
    validated(accept, types.CodeAction)
    assert not (ws / ".copydesk-baseline.json").exists()
    written = apply_workspace_edit(accept.edit, client.encoding)
    assert written == [ws / ".copydesk-baseline.json"]
    baseline = json.loads((ws / ".copydesk-baseline.json").read_text(encoding="utf-8"))
    assert [f["rule"] for f in baseline["findings"]] == ["unsourced-claim"]
    await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command=accept.command.command, arguments=accept.command.arguments)
    )
    await settled_diagnostics(client, "claim.news.md", lambda c: c == [])

    result = lint(ws, "claim.news.md")
    assert result.returncode == 0, result.stdout + result.stderr

    edited = CLAIM.replace("$15 billion", "$16 billion")
    (ws / "claim.news.md").write_text(edited, encoding="utf-8")
    assert lint(ws, "claim.news.md").returncode == 1
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri(client, "claim.news.md"), version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=edited)],
        )
    )
    await settled_diagnostics(client, "claim.news.md", lambda c: c == ["unsourced-claim"])


async def test_teach_a_reporting_verb_round_trip(client):
    ws = client.workspace
    assert lint(ws, "quip.news.md").returncode == 1
    await wait_for_index(client)
    open_doc(client, "quip.news.md", QUIP)
    diags = await settled_diagnostics(client, "quip.news.md", lambda c: c == ["unattributed-quote"])
    actions = await code_actions(client, "quip.news.md", diags)
    teach = next(a for a in actions if a.title.startswith("Treat 'chirped' as a reporting verb"))
    validated(teach, types.CodeAction)
    assert apply_workspace_edit(teach.edit, client.encoding) == [ws / ".copydesk.json"]
    config = json.loads((ws / ".copydesk.json").read_text(encoding="utf-8"))
    assert config == {"rules": {"vague-attribution": "off"}, "reportingVerbs": ["chirped"]}
    await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command=teach.command.command, arguments=teach.command.arguments)
    )
    await settled_diagnostics(client, "quip.news.md", lambda c: c == [])
    result = lint(ws, "quip.news.md")
    assert result.returncode == 0, result.stdout + result.stderr
