"""copydesk lsp through a third-party client (pygls), with capabilities recorded from real editors.

Every response is also converted back and forth through lsprotocol's own types (`validated`), so a
field of the wrong shape fails the test even where pygls would be lenient.
"""
from __future__ import annotations

import asyncio
import json
import os
import pathlib
import re
import subprocess
import sys

import pytest
import pytest_lsp
from lsprotocol import types
from lsprotocol.converters import get_converter
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

BIN = os.environ.get("COPYDESK_BIN", "copydesk")


def command_or_code_action(converter):
    """lsprotocol 2025.0.0 reads any `Command | CodeAction` with a `command` key as a Command, so a CodeAction
    that carries both an edit and a command (LSP: apply the edit, then run the command) would be mangled into a
    Command whose `command` is the repr of a dict. The specification's distinction is that a Command's
    `command` is a string (VS Code's languageclient tells them apart the same way)."""

    def hook(obj, _):
        if isinstance(obj.get("command"), str):
            return converter.structure(obj, types.Command)
        return converter.structure(obj, types.CodeAction)

    converter.register_structure_hook(types.Command | types.CodeAction, hook)
    return converter


CONVERTER = command_or_code_action(get_converter())

PEOPLE = (
    "---\n"
    "title: Who’s who 🎉\n"
    "---\n"
    "[@jack-ma]: Jack Ma\n"
    "  type: person\n"
    "  description: Founder of Alibaba\n"
    "  aliases: Ma, Mr Ma\n"
    "[@josé]: José Müller\n"
    "  type: person\n"
)
STORY = (
    "# Trade talks 😀\r\n"
    "\r\n"
    "“Great meeting,” said [Jack Ma][@jack-ma] in New York.\r\n"
    "Later [José Müller][@josé] and [@jack-ma] spoke[^reu] to [@ghost].\r\n"
    "\r\n"
    "[^reu]: Reuters, 29 Nov 2016\r\n"
    "[^unused]: AP\r\n"
)


def validated(value, typ):
    """Round-trips `value` through lsprotocol's converter as `typ` (raises on a shape mismatch)."""
    raw = CONVERTER.unstructure(value)
    again = CONVERTER.structure(raw, typ)
    assert CONVERTER.unstructure(again) == raw
    return again


def position(text: str, needle: str, encoding: str, nth: int = 0, offset: int = 0) -> types.Position:
    """The position of the `nth` occurrence of `needle` (+ `offset` characters) in the negotiated encoding."""
    idx = -1
    for _ in range(nth + 1):
        idx = text.index(needle, idx + 1)
    idx += offset
    before = text[:idx]
    line = before.count("\n")
    col_text = before[before.rfind("\n") + 1:]
    if encoding == "utf-8":
        col = len(col_text.encode("utf-8"))
    else:
        col = len(col_text.encode("utf-16-le")) // 2
    return types.Position(line=line, character=col)


@pytest.fixture
def workspace(tmp_path: pathlib.Path) -> pathlib.Path:
    (tmp_path / "people.news.md").write_text(PEOPLE, encoding="utf-8")
    (tmp_path / "story.news.md").write_bytes(STORY.encode("utf-8"))
    (tmp_path / "other.news.md").write_text("Ünïcode 🎉 met [Ma][@jack-ma].\n", encoding="utf-8")
    return tmp_path


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[BIN, "lsp", "--stdio"]),
    # "neovim+refresh": Neovim's recorded capabilities plus diagnostic refresh support, the only variant
    # that gets pull diagnostics (the server pulls only when it can ask the client to pull again).
    params=["visual-studio-code", "neovim", "neovim+refresh"],
)
async def client(lsp_client: LanguageClient, request, workspace: pathlib.Path):
    lsp_client.editor = request.param
    lsp_client.registrations = []
    command_or_code_action(lsp_client.protocol._converter)
    lsp_client.refreshes = {"inlayHint": 0, "codeLens": 0}
    lsp_client.view_refreshes = []

    # The refresh requests the server sends to clients that support them (pytest-lsp has no default handler).
    @lsp_client.feature(types.WORKSPACE_INLAY_HINT_REFRESH)
    def _inlay_hint_refresh(ls, params):
        ls.refreshes["inlayHint"] += 1
        ls.view_refreshes.append("inlayHint")
        return None

    @lsp_client.feature(types.WORKSPACE_CODE_LENS_REFRESH)
    def _code_lens_refresh(ls, params):
        ls.refreshes["codeLens"] += 1
        ls.view_refreshes.append("codeLens")
        return None

    # Record dynamic registrations (the server registers file watching when the editor allows it).
    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def _register(ls, params: types.RegistrationParams):
        ls.registrations.extend(params.registrations)
        return None

    lsp_client.workspace = workspace
    capabilities = client_capabilities(request.param.split("+")[0])
    if request.param.endswith("+refresh"):
        capabilities.workspace.diagnostics = types.DiagnosticWorkspaceClientCapabilities(refresh_support=True)
    result = await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=capabilities,
            root_uri=workspace.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=workspace.as_uri(), name="ws")],
        )
    )
    validated(result, types.InitializeResult)
    lsp_client.init_result = result
    lsp_client.encoding = result.capabilities.position_encoding or "utf-16"
    yield
    await lsp_client.shutdown_session()


def uri(client: LanguageClient, name: str) -> str:
    return (client.workspace / name).as_uri()


def open_doc(client: LanguageClient, name: str, text: str) -> None:
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri(client, name), language_id="markdown", version=1, text=text)
        )
    )


async def diagnostics(client: LanguageClient, name: str) -> list[types.Diagnostic]:
    """Pushed diagnostics, or pulled ones when the server offered pull (the "+refresh" variant)."""
    caps = client.init_result.capabilities
    if caps.diagnostic_provider is not None:
        report = await client.text_document_diagnostic_async(
            types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=uri(client, name)))
        )
        validated(report, types.RelatedFullDocumentDiagnosticReport)
        return list(report.items)
    target = uri(client, name)
    for _ in range(50):
        if target in client.diagnostics:
            return list(client.diagnostics[target])
        await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    raise AssertionError("no diagnostics published")


async def wait_for_index(client: LanguageClient) -> None:
    """Waits until the indexing progress ended (both clients support work-done progress)."""
    for _ in range(200):
        for reports in client.progress_reports.values():
            if any(isinstance(r, types.WorkDoneProgressEnd) for r in reports):
                return
        await client.wait_for_notification(types.PROGRESS)
    raise AssertionError("indexing never ended")


async def test_capabilities_follow_the_client(client: LanguageClient):
    caps = client.init_result.capabilities
    # Neither recorded client advertises workspace.diagnostics.refreshSupport, so both get push diagnostics.
    if client.editor == "neovim+refresh":
        assert caps.diagnostic_provider is not None and caps.diagnostic_provider.inter_file_dependencies
    else:
        assert caps.diagnostic_provider is None
    if client.editor.startswith("neovim"):
        assert client.encoding == "utf-8"
    else:
        assert client.encoding == "utf-16"
    assert list(caps.completion_provider.trigger_characters) == ["@", "^"]
    await wait_for_index(client)
    watched = client.capabilities.workspace.did_change_watched_files
    expected = ["workspace/didChangeWatchedFiles"] if watched and watched.dynamic_registration else []
    assert [r.method for r in client.registrations] == expected


async def test_progress_begin_report_end(client: LanguageClient):
    await wait_for_index(client)
    (reports,) = client.progress_reports.values()
    assert isinstance(reports[0], types.WorkDoneProgressBegin)
    assert isinstance(reports[-1], types.WorkDoneProgressEnd)
    assert "3 of 3" in reports[-1].message


async def test_diagnostics(client: LanguageClient):
    await wait_for_index(client)
    open_doc(client, "story.news.md", STORY)
    diags = await diagnostics(client, "story.news.md")
    codes = sorted(d.code for d in diags)
    assert codes == ["undefined-entity", "unused-source"]
    for d in diags:
        assert d.source == "copydesk"
    ghost = next(d for d in diags if d.code == "undefined-entity")
    assert ghost.range.start == position(STORY, "ghost]", client.encoding)
    unused = next(d for d in diags if d.code == "unused-source")
    assert types.DiagnosticTag.Unnecessary in (unused.tags or [])


async def test_duplicate_definition_has_related_information(client: LanguageClient):
    await wait_for_index(client)
    dup = "[@jack-ma]: Jack Ma again\n"
    open_doc(client, "dup.news.md", dup)
    diags = await diagnostics(client, "dup.news.md")
    d = next(d for d in diags if d.code == "duplicate-definition")
    assert d.related_information and d.related_information[0].location.uri == uri(client, "people.news.md")


async def test_hover(client: LanguageClient):
    await wait_for_index(client)
    open_doc(client, "story.news.md", STORY)
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri(client, "story.news.md")),
                          position=position(STORY, "jack-ma]", client.encoding, offset=2))
    )
    validated(hover, types.Hover)
    assert isinstance(hover.contents, types.MarkupContent)
    assert "Jack Ma" in hover.contents.value and "Founder of Alibaba" in hover.contents.value
    assert "people.news.md" in hover.contents.value
    cite = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri(client, "story.news.md")),
                          position=position(STORY, "[^reu]", client.encoding, offset=3))
    )
    assert "Reuters, 29 Nov 2016" in cite.contents.value


async def test_definition_across_two_articles(client: LanguageClient):
    await wait_for_index(client)
    open_doc(client, "story.news.md", STORY)
    result = await client.text_document_definition_async(
        types.DefinitionParams(text_document=types.TextDocumentIdentifier(uri=uri(client, "story.news.md")),
                               position=position(STORY, "[@josé]", client.encoding, offset=3))
    )
    (loc,) = result
    validated(loc, types.Location)
    assert loc.uri == uri(client, "people.news.md")
    assert loc.range.start == position(PEOPLE, "josé]", client.encoding)


async def test_references(client: LanguageClient):
    await wait_for_index(client)
    open_doc(client, "story.news.md", STORY)
    refs = await client.text_document_references_async(
        types.ReferenceParams(text_document=types.TextDocumentIdentifier(uri=uri(client, "story.news.md")),
                              position=position(STORY, "[@jack-ma]", client.encoding, offset=4),
                              context=types.ReferenceContext(include_declaration=True))
    )
    for r in refs:
        validated(r, types.Location)
    by_file = sorted(pathlib.Path(r.uri.replace("file://", "")).name for r in refs)
    assert by_file == ["other.news.md", "people.news.md", "story.news.md", "story.news.md"]


async def test_rename(client: LanguageClient):
    await wait_for_index(client)
    open_doc(client, "story.news.md", STORY)
    doc = types.TextDocumentIdentifier(uri=uri(client, "story.news.md"))
    pos = position(STORY, "[@jack-ma]", client.encoding, offset=4)
    prep = await client.text_document_prepare_rename_async(types.PrepareRenameParams(text_document=doc, position=pos))
    assert prep is not None
    edit = await client.text_document_rename_async(types.RenameParams(text_document=doc, position=pos, new_name="ma-yun"))
    validated(edit, types.WorkspaceEdit)
    uris = set()
    if edit.document_changes:
        for change in edit.document_changes:
            uris.add(change.text_document.uri)
            assert all(e.new_text == "ma-yun" for e in change.edits)
    else:
        uris = set(edit.changes)
    assert uris == {uri(client, n) for n in ["story.news.md", "people.news.md", "other.news.md"]}
    with pytest.raises(Exception, match="not a valid id"):
        await client.text_document_rename_async(types.RenameParams(text_document=doc, position=pos, new_name="two words"))


async def test_completion(client: LanguageClient):
    await wait_for_index(client)
    text = "Émile met [@j\n"
    open_doc(client, "new.news.md", text)
    result = await client.text_document_completion_async(
        types.CompletionParams(text_document=types.TextDocumentIdentifier(uri=uri(client, "new.news.md")),
                               position=position(text, "j\n", client.encoding, offset=1),
                               context=types.CompletionContext(trigger_kind=types.CompletionTriggerKind.Invoked))
    )
    validated(result, types.CompletionList)
    labels = sorted(i.label for i in result.items)
    assert labels == ["jack-ma", "josé"]


async def test_code_actions(client: LanguageClient):
    await wait_for_index(client)
    open_doc(client, "story.news.md", STORY)
    start = position(STORY, "ghost]", client.encoding)
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(text_document=types.TextDocumentIdentifier(uri=uri(client, "story.news.md")),
                               range=types.Range(start=start, end=start),
                               context=types.CodeActionContext(diagnostics=[]))
    )
    titles = [a.title for a in actions]
    for a in actions:
        validated(a, types.CodeAction)
    assert "Define entity @ghost" in titles
    assert "Suppress undefined-entity on the next line" in titles


async def test_code_actions_as_neovim_and_eglot_ask(client: LanguageClient):
    """The cursor position (here the start of the line) as the range, the line's diagnostics in the context."""
    await wait_for_index(client)
    open_doc(client, "story.news.md", STORY)
    diags = await diagnostics(client, "story.news.md")
    line = [d for d in diags if d.range.start.line == 3]
    assert [d.code for d in line] == ["undefined-entity"]
    cursor = types.Position(line=3, character=0)
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(text_document=types.TextDocumentIdentifier(uri=uri(client, "story.news.md")),
                               range=types.Range(start=cursor, end=cursor),
                               context=types.CodeActionContext(diagnostics=line))
    )
    titles = [a.title for a in actions]
    assert "Define entity @ghost" in titles
    assert "Suppress undefined-entity on the next line" in titles


async def test_no_false_answer_before_the_index(client: LanguageClient):
    """Opened and hovered at once, without waiting for indexing: no false 'not defined' anywhere."""
    open_doc(client, "early.news.md", STORY)
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri(client, "early.news.md")),
                          position=position(STORY, "jack-ma]", client.encoding, offset=2))
    )
    assert "Founder of Alibaba" in hover.contents.value and "not defined" not in hover.contents.value
    diags = await diagnostics(client, "early.news.md")
    assert [d.code for d in diags if d.code == "undefined-entity"] == ["undefined-entity"]  # only @ghost
    for d in client.diagnostics.get(uri(client, "early.news.md"), []):
        assert "jack-ma" not in d.message


async def test_symbols(client: LanguageClient):
    await wait_for_index(client)
    symbols = await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(text_document=types.TextDocumentIdentifier(uri=uri(client, "people.news.md")))
    )
    names = [s.name for s in symbols]
    assert names == ["Who’s who 🎉", "Jack Ma", "José Müller"]
    ws = await client.workspace_symbol_async(types.WorkspaceSymbolParams(query="mr ma"))
    assert [s.name for s in ws] == ["Jack Ma"]
    for s in ws:
        validated(s, types.SymbolInformation)


async def test_semantic_tokens(client: LanguageClient):
    await wait_for_index(client)
    open_doc(client, "story.news.md", STORY)
    tokens = await client.text_document_semantic_tokens_full_async(
        types.SemanticTokensParams(text_document=types.TextDocumentIdentifier(uri=uri(client, "story.news.md")))
    )
    validated(tokens, types.SemanticTokens)
    assert len(tokens.data) % 5 == 0 and len(tokens.data) >= 5 * 6


async def test_cross_file_definition_relints(client: LanguageClient):
    await wait_for_index(client)
    open_doc(client, "story.news.md", STORY)
    assert any(d.code == "undefined-entity" for d in await diagnostics(client, "story.news.md"))
    pulled = client.init_result.capabilities.diagnostic_provider is not None
    refreshes = client.diagnostic_refresh_count
    client.diagnostics.pop(uri(client, "story.news.md"), None)
    open_doc(client, "ghost.news.md", "[@ghost]: A Ghost\n  type: person\n")
    if pulled:
        for _ in range(100):  # workspace/diagnostic/refresh is a request: poll the client's counter
            if client.diagnostic_refresh_count > refreshes:
                break
            await asyncio.sleep(0.05)
        assert client.diagnostic_refresh_count > refreshes
    assert not any(d.code == "undefined-entity" for d in await diagnostics(client, "story.news.md"))


@pytest.mark.parametrize("client", ["neovim+refresh"], indirect=True)  # the variant offered pull diagnostics
async def test_a_held_workspace_pull_reports_only_what_changed(client: LanguageClient):
    """A workspace pull held open (nothing new) is answered after a keystroke with the edited article alone,
    not with an `unchanged` item for every file; the client keeps the reports it was not sent."""
    assert client.init_result.capabilities.diagnostic_provider is not None
    await wait_for_index(client)
    open_doc(client, "story.news.md", STORY)
    first = await client.workspace_diagnostic_async(types.WorkspaceDiagnosticParams(previous_result_ids=[]))
    validated(first, types.WorkspaceDiagnosticReport)
    assert {i.uri for i in first.items} == {uri(client, n) for n in ["people.news.md", "story.news.md", "other.news.md"]}
    previous = [types.PreviousResultId(uri=i.uri, value=i.result_id) for i in first.items]
    held = asyncio.ensure_future(
        client.workspace_diagnostic_async(types.WorkspaceDiagnosticParams(previous_result_ids=previous)))
    await asyncio.sleep(0.3)
    assert not held.done(), "nothing changed: the pull is held open"
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri(client, "story.news.md"), version=2),
            content_changes=[types.TextDocumentContentChangePartial(
                range=types.Range(start=types.Position(line=2, character=0), end=types.Position(line=2, character=0)),
                text="Now ")]))
    report = await asyncio.wait_for(held, 10)
    validated(report, types.WorkspaceDiagnosticReport)
    assert [(i.uri, i.kind) for i in report.items] == [(uri(client, "story.news.md"), "full")]
    assert report.items[0].version == 2


# ---- issue 10: inlay hints, code lens, document links, durable decisions -----------------------------------

FEATURES = (
    "# Ma returns 🎉\n"
    "\n"
    "[@daniel-zhang]: Daniel Zhang\n"
    "  type: person\n"
    "  same-as: https://www.wikidata.org/wiki/Q16198941\n"
    "\n"
    "[Jack Ma][@jack-ma] landed on Friday. “We will keep building here for decades,” he said.\n"
    "\n"
    "Later [@jack-ma] and [@daniel-zhang] met staff[^pr].\n"
    "\n"
    "“Nobody expected the numbers to hold up this well.”\n"
    "\n"
    "[^pr]: Alibaba Group press release, 9 January 2017, https://www.alibabagroup.com/en/news/press\n"
)


def doc_id(client: LanguageClient, name: str) -> types.TextDocumentIdentifier:
    return types.TextDocumentIdentifier(uri=uri(client, name))


def whole(text: str) -> types.Range:
    return types.Range(start=types.Position(line=0, character=0),
                       end=types.Position(line=text.count("\n") + 1, character=0))


async def inlay_hints(client: LanguageClient, name: str, text: str) -> list[types.InlayHint]:
    hints = await client.text_document_inlay_hint_async(
        types.InlayHintParams(text_document=doc_id(client, name), range=whole(text)))
    for h in hints or []:
        validated(h, types.InlayHint)
    return list(hints or [])


def labels(hints: list[types.InlayHint]) -> list[str]:
    return [h.label for h in hints]


async def eventually(probe, what: str, tries: int = 100):
    """Awaits `probe()` until it returns something true (the server re-lints and refreshes asynchronously)."""
    for _ in range(tries):
        value = await probe()
        if value:
            return value
        await asyncio.sleep(0.05)
    raise AssertionError(what)


async def test_inlay_hints_name_speakers_entities_and_sources(client: LanguageClient):
    await wait_for_index(client)
    open_doc(client, "features.news.md", FEATURES)
    hints = await inlay_hints(client, "features.news.md", FEATURES)
    at = {(h.position.line, h.position.character): h for h in hints}
    enc = client.encoding
    # After the pronoun attribution of the quote: the speaker the analysis resolved.
    said = position(FEATURES, "he said", enc, offset=len("he said"))
    assert at[(said.line, said.character)].label == "— Jack Ma"
    # A quote with no speaker at all.
    alone = position(FEATURES, "well.”", enc, offset=len("well.”"))
    assert at[(alone.line, alone.character)].label == "speaker?"
    # After the short forms: display names (Jack Ma is defined in people.news.md, another article).
    short = position(FEATURES, "[@jack-ma]", enc, nth=1, offset=len("[@jack-ma]"))
    assert at[(short.line, short.character)].label == "Jack Ma"
    zhang = position(FEATURES, "[@daniel-zhang]", enc, nth=1, offset=len("[@daniel-zhang]"))
    assert at[(zhang.line, zhang.character)].label == "Daniel Zhang"
    # After the citation: the first words of the source, the whole text as tooltip.
    cite = position(FEATURES, "[^pr]", enc, offset=len("[^pr]"))
    source = at[(cite.line, cite.character)]
    assert source.label == "Alibaba Group press release, 9 January…"
    assert "alibabagroup.com" in str(source.tooltip)
    assert all(h.padding_left for h in hints)
    assert len(hints) == 5, labels(hints)


async def test_inlay_hints_follow_the_settings_and_definitions_elsewhere(client: LanguageClient):
    await wait_for_index(client)
    open_doc(client, "features.news.md", FEATURES)
    assert "— Jack Ma" in labels(await inlay_hints(client, "features.news.md", FEATURES))

    # inlayHints.speakers off (the editor's setting): only names and sources remain.
    client.set_configuration({"inlayHints": {"speakers": False}}, section="copydesk")
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(
        settings={"copydesk": {"inlayHints": {"speakers": False}}}))

    async def without_speakers():
        got = labels(await inlay_hints(client, "features.news.md", FEATURES))
        return got if not any(l.startswith("—") or l == "speaker?" for l in got) else None
    got = await eventually(without_speakers, "speaker hints still shown with inlayHints.speakers off")
    assert sorted(got) == sorted(["Jack Ma", "Daniel Zhang", "Alibaba Group press release, 9 January…"])

    # A definition in another article changes: the display name follows (and clients that support it are
    # asked to refresh).
    refreshes = client.refreshes["inlayHint"]
    open_doc(client, "people.news.md", PEOPLE.replace("[@jack-ma]: Jack Ma", "[@jack-ma]: Ma Yun"))

    async def renamed():
        got = labels(await inlay_hints(client, "features.news.md", FEATURES))
        return "Ma Yun" in got and "Jack Ma" not in got
    await eventually(renamed, "the display name did not follow the definition in people.news.md")
    refresh = client.capabilities.workspace.inlay_hint
    if refresh and refresh.refresh_support:
        await eventually(lambda: asyncio.sleep(0, client.refreshes["inlayHint"] > refreshes),
                         "no workspace/inlayHint/refresh after a definition elsewhere changed")


async def test_code_lens_summarises_sourcing_and_shows_the_findings(client: LanguageClient):
    await wait_for_index(client)
    text = FEATURES + "\nSales rose 40% in the quarter.\n"
    open_doc(client, "features.news.md", text)
    lenses = await client.text_document_code_lens_async(types.CodeLensParams(text_document=doc_id(client, "features.news.md")))
    (lens,) = lenses
    validated(lens, types.CodeLens)
    assert lens.range.start.line == 0  # the headline
    assert lens.command.title == "1 unsourced claim · 0 sourced · 2 quotes (1 without speaker) · 1 named source, 0 anonymous"
    assert lens.command.command == "copydesk.showFindings"
    assert lens.command.command in client.init_result.capabilities.execute_command_provider.commands
    doc_uri, pos, locations = lens.command.arguments
    assert doc_uri == uri(client, "features.news.md")
    found = [CONVERTER.structure(l, types.Location) for l in locations]
    starts = sorted((l.range.start.line, l.range.start.character) for l in found)
    claim = position(text, "Sales rose", client.encoding)
    quote = position(text, "“Nobody", client.encoding)
    assert starts == sorted([(claim.line, claim.character), (quote.line, quote.character)])

    # Clicking the lens: the client runs the command; the server takes it to the first finding.
    shown = len(client.shown_documents)
    answer = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command=lens.command.command, arguments=lens.command.arguments))
    assert [CONVERTER.structure(l, types.Location) for l in answer] == found
    if client.capabilities.window.show_document and client.capabilities.window.show_document.support:
        await eventually(lambda: asyncio.sleep(0, len(client.shown_documents) > shown), "no window/showDocument")
        doc = client.shown_documents[-1]
        assert doc.uri == doc_uri and doc.selection == found[0].range

    summary = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="copydesk.showSourcingSummary", arguments=[doc_uri]))
    assert summary["summary"] == lens.command.title
    await eventually(lambda: asyncio.sleep(0, any(lens.command.title in m.message for m in client.messages)),
                     "the summary was not shown (window/showMessage)")


async def test_document_links_and_the_wikidata_id_in_hover(client: LanguageClient):
    await wait_for_index(client)
    open_doc(client, "features.news.md", FEATURES)
    links = await client.text_document_document_link_async(
        types.DocumentLinkParams(text_document=doc_id(client, "features.news.md")))
    for link in links:
        validated(link, types.DocumentLink)
    by_target = {l.target: l for l in links}
    assert sorted(by_target) == ["https://www.alibabagroup.com/en/news/press", "https://www.wikidata.org/wiki/Q16198941"]
    wikidata = by_target["https://www.wikidata.org/wiki/Q16198941"]
    assert wikidata.range.start == position(FEATURES, "https://www.wikidata", client.encoding)
    link_caps = client.capabilities.text_document.document_link
    tooltips = bool(link_caps and link_caps.tooltip_support)  # VS Code yes, Neovim no (hover says the Q-id)
    assert wikidata.tooltip == ("Wikidata Q16198941 (Daniel Zhang)" if tooltips else None)
    press = by_target["https://www.alibabagroup.com/en/news/press"]
    assert press.range.end == position(FEATURES, "/press", client.encoding, offset=len("/press"))
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=doc_id(client, "features.news.md"),
        position=position(FEATURES, "[@daniel-zhang]", client.encoding, nth=1, offset=3)))
    assert "Q16198941" in hover.contents.value


def apply_workspace_edit(root: pathlib.Path, edit: types.WorkspaceEdit) -> list[pathlib.Path]:
    """Applies `edit` to files on disk as an editor does (create, then text edits); returns the files touched."""

    def path_of(u: str) -> pathlib.Path:
        assert u.startswith("file://"), u
        p = pathlib.Path(u[len("file://"):])
        assert root in p.parents, f"{p} is outside the workspace"
        return p

    def offset(text: str, pos: types.Position) -> int:
        lines = text.split("\n")
        start = sum(len(l) + 1 for l in lines[: pos.line])
        return start + pos.character  # the baseline and .copydesk.json are ASCII

    touched = []
    changes = []
    for change in edit.document_changes or []:
        if isinstance(change, types.CreateFile):
            p = path_of(change.uri)
            if not p.exists():
                p.write_text("", encoding="utf-8")
        else:
            changes.append((change.text_document.uri, change.edits))
    for u, edits in (edit.changes or {}).items():
        changes.append((u, edits))
    for u, edits in changes:
        p = path_of(u)
        text = p.read_text(encoding="utf-8") if p.exists() else ""
        for e in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
            text = text[: offset(text, e.range.start)] + e.new_text + text[offset(text, e.range.end):]
        p.write_text(text, encoding="utf-8")
        touched.append(p)
    return touched


def lint(root: pathlib.Path, name: str) -> subprocess.CompletedProcess:
    return subprocess.run([BIN, "lint", name], cwd=root, capture_output=True, text=True, timeout=120)


async def test_baseline_round_trip_accept_lint_edit(client: LanguageClient):
    """Accept a finding in the editor → `copydesk lint` no longer fails on it → edit the sentence → it is back."""
    await wait_for_index(client)
    root = client.workspace
    text = "# Quarterly results\n\nThe company said demand held up.\n\nSales rose 40% in the quarter.\n"
    (root / "results.news.md").write_text(text, encoding="utf-8")
    before = lint(root, "results.news.md")
    assert before.returncode == 1 and "unsourced-claim" in before.stdout, before.stdout + before.stderr
    open_doc(client, "results.news.md", text)
    (claim,) = [d for d in await diagnostics(client, "results.news.md") if d.code == "unsourced-claim"]

    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=doc_id(client, "results.news.md"), range=claim.range,
        context=types.CodeActionContext(diagnostics=[claim])))
    (accept,) = [a for a in actions if a.title.startswith("Accept this finding")]
    validated(accept, types.CodeAction)
    # A standard workspace edit (every client applies it), creating the file for clients that can.
    # (Resource operations need documentChanges: Neovim lists `create` but not documentChanges, so it gets `changes`.)
    creates = [c for c in accept.edit.document_changes or [] if isinstance(c, types.CreateFile)]
    caps = client.capabilities.workspace.workspace_edit
    can_create = bool(caps.document_changes) and types.ResourceOperationKind.Create in (caps.resource_operations or [])
    assert bool(creates) == can_create
    touched = apply_workspace_edit(root, accept.edit)
    assert touched == [root / ".copydesk-baseline.json"]
    baseline = json.loads((root / ".copydesk-baseline.json").read_text(encoding="utf-8"))
    (entry,) = baseline["findings"]
    assert entry["rule"] == "unsourced-claim" and entry["article"] == "results.news.md"
    assert entry["sentence"] == "Sales rose 40% in the quarter."
    # Then the action's command (LSP: edit first, then command): the server stops reporting it at once.
    assert accept.command.command == "copydesk.acceptFinding"
    await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command=accept.command.command, arguments=accept.command.arguments))

    async def claims():
        if client.init_result.capabilities.diagnostic_provider is None:
            await asyncio.sleep(0.05)
        return [d for d in await diagnostics(client, "results.news.md") if d.code == "unsourced-claim"]

    async def accepted():
        return not await claims()
    await eventually(accepted, "the accepted finding is still reported by the server")
    after = lint(root, "results.news.md")
    assert after.returncode == 0, after.stdout + after.stderr
    assert "unsourced-claim" not in after.stdout

    # An edit elsewhere in the article keeps it accepted; an edit of its sentence brings it back.
    elsewhere = text.replace("demand held up", "demand held up well")
    edited = elsewhere.replace("40%", "45%")
    (root / "results.news.md").write_text(elsewhere, encoding="utf-8")
    assert lint(root, "results.news.md").returncode == 0
    (root / "results.news.md").write_text(edited, encoding="utf-8")
    back = lint(root, "results.news.md")
    assert back.returncode == 1 and "unsourced-claim" in back.stdout and "45%" in back.stdout, back.stdout
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri(client, "results.news.md"), version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=edited)]))
    client.diagnostics.pop(uri(client, "results.news.md"), None)
    await eventually(claims, "the finding did not come back after its sentence changed")


async def test_teaching_a_reporting_verb_edits_copydesk_json(client: LanguageClient):
    await wait_for_index(client)
    root = client.workspace
    text = "# Talks\n\nLewin chirped, “The plan is dead and we all know it.”\n"
    open_doc(client, "verb.news.md", text)
    (quote,) = [d for d in await diagnostics(client, "verb.news.md") if d.code == "unattributed-quote"]
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=doc_id(client, "verb.news.md"), range=quote.range,
        context=types.CodeActionContext(diagnostics=[quote])))
    (teach,) = [a for a in actions if a.title.startswith("Treat 'chirped' as a reporting verb")]
    validated(teach, types.CodeAction)
    assert apply_workspace_edit(root, teach.edit) == [root / ".copydesk.json"]
    assert json.loads((root / ".copydesk.json").read_text(encoding="utf-8"))["reportingVerbs"] == ["chirped"]
    await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command=teach.command.command, arguments=teach.command.arguments))

    async def gone():
        if client.init_result.capabilities.diagnostic_provider is None:
            await asyncio.sleep(0.05)
        return not [d for d in await diagnostics(client, "verb.news.md") if d.code == "unattributed-quote"]
    await eventually(gone, "the quote is still unattributed after teaching 'chirped'")
    (root / "verb.news.md").write_text(text, encoding="utf-8")
    assert lint(root, "verb.news.md").returncode == 0
