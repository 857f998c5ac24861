/// # CopydeskCore
///
/// The shared parsing and analysis core of Copydesk. It does no IO, and knows nothing of JSON or
/// LSP: the CLI (`CopydeskCLI`) and the server (`CopydeskLSP`) read files and speak protocols, then
/// call into this module with `SourceText` values and get plain values back.
///
/// ## Code map
/// - `Text/` — `SourceText` (UTF-8 bytes + line index), `TextRange`, `TextPosition`, UTF-8/UTF-16
///   column conversions with clamping; `UTF8Validation.swift`, the one UTF-8 validator;
///   `SortedSearch.swift`, the one binary search (which line, segment or sentence holds an offset).
/// - `Syntax/` — the article format (v1): `ArticleParser` → `ArticleSyntax` (front matter, headings,
///   paragraphs, definitions, mentions, citations, links, suppressions, problems, and the `prose`
///   view with markup blanked).
/// - `Analysis/` — `ArticleAnalyzer` → `ArticleAnalysis`: sentences, quotes, attributions, entities in
///   prose, claims, vague attributions.
/// - `Index/` — `FileSummary` (what one file contributes to others: entity definitions and mentions with
///   locations), `WorkspaceIndex` (an immutable snapshot combining them, updated per file in time
///   proportional to that file's change) over `ShardedMap`s (cheap updates while old snapshots live).
/// - `Lint/` — `Rule`, `RuleContext`, `Diagnostic`, `Configuration`, `Linter` (rules + severities +
///   suppressions), `RuleDocumentation` (what each rule holds for `copydesk explain` and hover), `Baseline` (accepted
///   findings keyed by rule + article + hash of the sentence; matching is pure, the file is CopydeskFiles'),
///   and `DocumentPipeline`: the one parse → analyse → lint function for one document (it drops the findings
///   `Configuration.baseline` accepts). It runs a document as `DocumentSegments` (`DocumentSegments.swift`):
///   one segment up to 1 MB, else segments cut where no analysis reads across (`SegmentBoundaries.swift`), each
///   parsed as a fragment (`ArticleParser.parseFragment`), analysed and linted on its own (`SegmentAnalysis.swift`,
///   which also moves values between segment and document offsets and assembles the whole analysis, or for an
///   editor question about one place only the segments there: `DocumentSegments.analysis(around:)`, entities
///   merged by the name stage's identity); an edit re-does only the segments it
///   touched. Before any segment is analysed the name stage (`Analysis/NameStage.swift`: `DocumentNames`) decides
///   over the whole document which capitalised words are names and how they group, from each segment's name
///   candidates; every segment's analysis reads it, so names, entities and kinds are a whole-document run's. An
///   edit that changes names regroups only those it can reach (`Analysis/NameStageUpdate.swift`).
///   Rules that read only the syntax say so (`Rule.readsAnalysis`) and run over the whole document; rules that judge
///   a name by the whole document (`Rule.readsDocumentEntities`: the speaker rules) read each entity's document-wide
///   facts (`DocumentEntities.swift`) and are linted again when those change; a rule that reports a name once per
///   document (`OncePerEntityRule`: `unidentified-speaker`) has its first finding per entity kept. Who a speech verb
///   shows to be a person is passed between segments as keys of the name stage's entities (`NameReads`), and a
///   segment is analysed again only when what it reads changes.
/// - `Rules/` — one file per rule, registered in `RuleRegistry.all`. A rule reading the workspace index
///   says so (`Rule.readsWorkspaceIndex`); others are given an empty index.
/// - `IDE/` — the editor API (rust-analyzer's `ide` layer) over an `EditorArticle`: `CursorTarget`,
///   `HoverModel`, `Fix`/`TextEdit` (quick fixes, suppression comments, definition stubs),
///   `CompletionContext` and entity completions, `Occurrence`s for references and rename; and over an
///   `ArticleAnalysis`: `InlayHint`s, the `SourcingSummary`, `DocumentLink`s, `VocabularySuggestion`s (words
///   to teach `.copydesk.json`), `BaselineScope` (accepting a finding) and `FileEdit` (a whole-line edit of a
///   workspace file). Plain values in byte offsets; the server only converts them.
///
/// ## Invariants
/// - Every offset is a UTF-8 byte offset into the document's `SourceText.bytes`; conversions to
///   line/column never trap (they clamp).
/// - Parsing never fails: any bytes give an `ArticleSyntax` plus `problems`.
/// - Everything is a value: a new text gives a new syntax, analysis and summary; `WorkspaceIndex`
///   updates return new snapshots. Nothing here is shared mutable state, so all of it is `Sendable`.
/// - Per-document work (parse, analyze, lint) reads only that document plus the index; an edit that
///   leaves a file's `FileSummary.definitionsKey` unchanged cannot change another file's diagnostics.
public enum CopydeskCoreModule {}
