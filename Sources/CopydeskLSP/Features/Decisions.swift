import CopydeskCore
import CopydeskFiles

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Durable decisions made in the editor, as standard workspace edits (every client applies them; no
/// client-side command is needed): "Accept this finding" adds the finding to `.copydesk-baseline.json`,
/// "Treat 'WORD' as a reporting verb / an abbreviation" adds the word to `.copydesk.json` (creating either
/// file when missing). Each action also carries a server command (`copydesk.acceptFinding`,
/// `copydesk.addWord`) that the client runs after applying the edit, so the decision counts at once even
/// when the client leaves the edited file unsaved; the file on disk is what `copydesk lint` reads.
enum DecisionActions {
    /// The code actions for `diagnostics` (ours, in the request's range) and the cursor `range`.
    static func actions(
        doc: OpenDocument, range: TextRange, diagnostics: [Diagnostic], _ s: Snapshot
    ) -> [JSONValue] {
        guard let path = DocumentURI.path(doc.uri), let folder = s.folder(containing: path) else { return [] }
        var actions: [JSONValue] = []
        // Accept: any prose finding, recorded in the baseline of the article's workspace root.
        let root = s.decisions.baselineRoot(forArticle: path, folders: s.folders.map(\.path))
        let scope = s.baselineScope(forArticle: path, root: root)
        let accepted = diagnostics.filter { SourcingSummary.ruleIDs.contains($0.ruleID) }
        // The baseline file is read once for the request, not once per finding.
        let currentBaseline = accepted.isEmpty ? nil : s.decisions.readFile(BaselineFile.path(root: root), s)
        for d in accepted {
            let entry = scope.entry(for: d, analysis: doc.analysis)
            let current = currentBaseline
            guard case .success(let edit?) = BaselineFile.acceptEdit(entry, root: root, current: current) else {
                continue
            }
            // How many entries with this key the file holds once the edit is applied (what the command ensures).
            let after = (try? BaselineFile.parse(Array(edit.result.utf8), path: edit.path).get())?.entries ?? []
            let count = after.filter { $0.key == entry.key }.count
            actions.append(
                action(
                    "Accept this finding (record it in \(BaselineFile.fileName))", edit: edit, s,
                    diagnostic: s.lspDiagnostic(d, text: doc.text),
                    command: [
                        "title": "Accept this finding", "command": .string(Commands.acceptFinding),
                        "arguments": [
                            [
                                "root": .string(root), "rule": .string(entry.rule), "article": .string(entry.article),
                                "sentenceHash": .string(entry.sentenceHash), "sentence": .string(entry.sentence),
                                "message": .string(entry.message), "count": .int(count),
                            ]
                        ],
                    ]))
        }
        // Teach a word: beside a quote with no speaker, or at a sentence split after an abbreviation.
        var suggestions: [VocabularySuggestion] = doc.analysis.vocabularySuggestions(at: range)
        for d in diagnostics { suggestions += doc.analysis.vocabularySuggestions(at: d.range) }
        var seen = Set<String>()
        let configPath = s.decisions.configurationPath(forArticle: path, folder: folder.path, s)
        let currentConfiguration = suggestions.isEmpty ? nil : s.decisions.readFile(configPath, s)
        for sug in suggestions where seen.insert("\(sug.kind) \(sug.word)").inserted {
            let current = currentConfiguration
            guard
                case .success(let edit?) = ConfigurationEdits.adding(
                    sug.word, as: sug.kind, path: configPath, current: current)
            else { continue }
            let title =
                sug.kind == .reportingVerb
                ? "Treat '\(sug.word)' as a reporting verb (add it to \(CopydeskFiles.configurationFileName))"
                : "Treat '\(sug.word)' as an abbreviation (add it to \(CopydeskFiles.configurationFileName))"
            actions.append(
                action(
                    title, edit: edit, s, diagnostic: nil,
                    command: [
                        "title": .string(title), "command": .string(Commands.addWord),
                        "arguments": [
                            [
                                "folder": .string(folder.path), "kind": .string(sug.kind.rawValue),
                                "word": .string(sug.word),
                            ]
                        ],
                    ]))
        }
        return actions
    }

    static func action(_ title: String, edit: FileEdit, _ s: Snapshot, diagnostic: JSONValue?, command: JSONValue)
        -> JSONValue
    {
        var o: [String: JSONValue] = [
            "title": .string(title), "kind": "quickfix", "isPreferred": false, "edit": s.workspaceEdit(edit),
            "command": command,
        ]
        if let diagnostic { o["diagnostics"] = [diagnostic] }
        return .object(o)
    }
}

extension Snapshot {
    /// A `WorkspaceEdit` for a change to a workspace file that is not an article: a `CreateFile` then the
    /// text when the file is missing and the client can create files; else a plain text edit (a client
    /// without resource operations opens a missing file as an empty buffer and inserts the text).
    func workspaceEdit(_ e: FileEdit) -> JSONValue {
        let uri = DocumentURI.fromPath(e.path)
        let zero: JSONValue = ["line": 0, "character": 0]
        let range = e.current.map { encoding.range(e.range, in: $0) } ?? ["start": zero, "end": zero]
        let textEdit: JSONValue = ["range": range, "newText": .string(e.newText)]
        guard client.documentChanges else { return ["changes": [uri: [textEdit]]] }
        var changes: [JSONValue] = []
        if e.createsFile && client.resourceCreate {
            changes.append(["kind": "create", "uri": .string(uri), "options": ["ignoreIfExists": true]])
        }
        changes.append(["textDocument": ["uri": .string(uri), "version": .null], "edits": [textEdit]])
        return ["documentChanges": .array(changes)]
    }

    /// The baseline governing the article at `path` (as `copydesk lint` finds it) and its name there.
    func baselineScope(forArticle path: String, root: String) -> BaselineScope {
        BaselineScope(
            baseline: decisions.baseline(root: root, self),
            relativePath: Paths.relative(path, to: root) ?? Paths.lastComponent(path))
    }

    /// `configuration` with the decisions of this workspace: the baseline of the article's root, and the
    /// words taught in this session that its `.copydesk.json` may not hold yet (the client may not have
    /// saved the edit).
    func applyingDecisions(to configuration: Configuration, path: String, problems: inout [String])
        -> Configuration
    {
        var c = configuration
        if let f = folder(containing: path) {
            let words = decisions.words(folder: f.path)
            c.reportingVerbs += words.reportingVerbs.filter { !c.reportingVerbs.contains($0) }
            c.abbreviations += words.abbreviations.filter { !c.abbreviations.contains($0) }
        }
        let root = decisions.baselineRoot(forArticle: path, folders: folders.map(\.path))
        if let problem = decisions.baselineProblem(root: root, self) { problems.append(problem) }
        let scope = baselineScope(forArticle: path, root: root)
        if !scope.baseline.isEmpty { c.baseline = scope }
        return c
    }
}

/// The server's memory of workspace decisions: each root's baseline as read from disk (plus findings
/// accepted since), and the words taught per workspace folder. Shared by snapshots (`Locked` state); a
/// change on disk (a watched-file event) drops what was read so it is read again.
final class WorkspaceDecisions: Sendable {
    private struct State {
        var baselines: [String: (baseline: Baseline, problem: String?)] = [:]
        var taught: [String: (reportingVerbs: [String], abbreviations: [String])] = [:]
        /// Folder → the baseline root of the articles in it (finding it walks up the disk).
        var roots: [String: String] = [:]
    }
    private let state = Locked(State())

    /// `BaselineFile.root(forArticle:folders:)`, remembered per folder.
    func baselineRoot(forArticle path: String, folders: [String]) -> String {
        let folder = Paths.parent(path)
        if let r = state.withLock({ $0.roots[folder] }) { return r }
        let r = BaselineFile.root(forArticle: path, folders: folders)
        state.withLock { $0.roots[folder] = r }
        return r
    }

    /// A workspace file's bytes (nil when missing): inside a workspace folder, or the baseline at the
    /// workspace root `copydesk lint` uses.
    func readFile(_ path: String, _ s: Snapshot) -> [UInt8]? {
        s.fileSystem.read(path: path, roots: s.folders.map(\.path) + [Paths.parent(path)])
    }

    func baseline(root: String, _ s: Snapshot) -> Baseline { loaded(root: root, s).baseline }

    func baselineProblem(root: String, _ s: Snapshot) -> String? { loaded(root: root, s).problem }

    private func loaded(root: String, _ s: Snapshot) -> (baseline: Baseline, problem: String?) {
        if let b = state.withLock({ $0.baselines[root] }) { return b }
        var value: (baseline: Baseline, problem: String?) = (Baseline(), nil)
        if let bytes = readFile(BaselineFile.path(root: root), s) {
            switch BaselineFile.parse(bytes, path: BaselineFile.path(root: root)) {
            case .success(let b): value = (b, nil)
            case .failure(let e): value = (Baseline(), e.description)
            }
        }
        let read = value
        return state.withLock { st in
            if let b = st.baselines[root] { return b }
            st.baselines[root] = read
            return read
        }
    }

    /// Makes the baseline of `root` hold at least `count` entries like `entry` (idempotent: the command may
    /// run before or after the client saves the edited file and the server reads it again).
    func accept(_ entry: BaselineEntry, count: Int, root: String, _ s: Snapshot) {
        let current = loaded(root: root, s)
        let have = current.baseline.entries.filter { $0.key == entry.key }.count
        guard have < count else { return }
        let added = Array(repeating: entry, count: count - have)
        state.withLock { $0.baselines[root] = (current.baseline.updated(adding: added), current.problem) }
    }

    /// A baseline file changed on disk: read it again when next needed.
    func baselineFileChanged(_ path: String) {
        state.withLock { $0.baselines[Paths.parent(path)] = nil }
    }

    /// Forgets every baseline read (restart indexing).
    func reset() {
        state.withLock { st in
            st.baselines = [:]
            st.roots = [:]
        }
    }

    func teach(_ word: String, as kind: VocabularySuggestion.Kind, folder: String) {
        state.withLock { st in
            var t = st.taught[folder] ?? ([], [])
            switch kind {
            case .reportingVerb: if !t.reportingVerbs.contains(word) { t.reportingVerbs.append(word) }
            case .abbreviation: if !t.abbreviations.contains(word) { t.abbreviations.append(word) }
            }
            st.taught[folder] = t
        }
    }

    func forgetTaughtWords() {
        state.withLock { $0.taught = [:] }
    }

    func forgetRoots() {
        state.withLock { $0.roots = [:] }
    }

    func words(folder: String) -> (reportingVerbs: [String], abbreviations: [String]) {
        state.withLock { $0.taught[folder] ?? ([], []) }
    }

    /// The `.copydesk.json` that governs the article at `path`: the nearest one at or above its folder,
    /// within the workspace folder; the workspace folder's (to be created) when there is none.
    func configurationPath(forArticle path: String, folder: String, _ s: Snapshot) -> String {
        let start = Paths.parent(path)
        if LocalFileSystem.isInside(start, roots: [folder]) {
            for dir in Paths.selfAndAncestors(start, upTo: folder) {
                let candidate = Paths.join(dir, CopydeskFiles.configurationFileName)
                if readFile(candidate, s) != nil { return candidate }
            }
        }
        return Paths.join(folder, CopydeskFiles.configurationFileName)
    }
}

/// The commands the server executes (`workspace/executeCommand`; listed in `executeCommandProvider`).
enum Commands {
    static let acceptFinding = "copydesk.acceptFinding"
    static let addWord = "copydesk.addWord"
    static let showFindings = "copydesk.showFindings"
    static let showSourcingSummary = "copydesk.showSourcingSummary"
    static let restartIndexing = "copydesk.restartIndexing"
    static let all = [acceptFinding, addWord, showFindings, showSourcingSummary, restartIndexing]
}

extension WorkspaceDecisions {
    /// A `.copydesk.json` changed on disk: it is the truth again (a taught word the client saved is in it; one
    /// it reverted is gone).
    func configurationFileChanged() {
        forgetTaughtWords()
        forgetRoots()  // a new or deleted .copydesk.json moves the root
    }

}
