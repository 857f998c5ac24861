"""copydesk lsp through a third-party client (pygls), with capabilities recorded from real editors.

Every response is also converted back and forth through lsprotocol's own types (`validated`), so a
field of the wrong shape fails the test even where pygls would be lenient.
"""
from __future__ import annotations

import asyncio
import os
import pathlib
import sys

import pytest
import pytest_lsp
from lsprotocol import types
from lsprotocol.converters import get_converter
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

BIN = os.environ.get("COPYDESK_BIN", "copydesk")
CONVERTER = get_converter()

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

    # Record dynamic registrations (the server registers file watching when the editor allows it).
    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def _register(ls, params: types.RegistrationParams):
        ls.registrations.extend(params.registrations)
        return None

    # Editors that advertise refresh support answer these (pytest-lsp has no default handler): count them.
    lsp_client.view_refreshes = []

    @lsp_client.feature(types.WORKSPACE_INLAY_HINT_REFRESH)
    def _inlay_hint_refresh(ls, params):
        ls.view_refreshes.append("inlayHint")
        return None

    @lsp_client.feature(types.WORKSPACE_CODE_LENS_REFRESH)
    def _code_lens_refresh(ls, params):
        ls.view_refreshes.append("codeLens")
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
