import CopydeskCore
import CopydeskFiles

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `textDocument/didOpen`.
struct DidOpen {
    let uri: String
    let languageId: String?
    let version: Int
    let text: String
    init(_ p: Params) throws(ResponseError) {
        let td = p.field("textDocument")
        uri = try td.field("uri").string()
        languageId = try td.field("languageId").optionalString()
        version = td.field("version").json.int ?? 0
        text = try td.field("text").string()
    }
}

/// `textDocument/didChange`: content changes, applied in order.
struct DidChange {
    let uri: String
    let version: Int?
    let changes: [ContentChange]
    init(_ p: Params) throws(ResponseError) {
        uri = try p.field("textDocument").field("uri").string()
        version = p.field("textDocument").field("version").json.int
        let list = p.field("contentChanges")
        var changes: [ContentChange] = []
        for (i, c) in try list.array().enumerated() {
            changes.append(try ContentChange(Params(c, path: "\(list.path)[\(i)]")))
        }
        self.changes = changes
    }
}

/// `textDocument/didClose` and `textDocument/didSave`: just the document.
struct DocumentNotification {
    let uri: String
    init(_ p: Params) throws(ResponseError) { uri = try p.field("textDocument").field("uri").string() }
}

/// `workspace/didChangeWatchedFiles`: created (1), changed (2), deleted (3) files.
struct DidChangeWatchedFiles {
    struct Event {
        let uri: String
        let type: Int
    }
    let changes: [Event]
    init(_ p: Params) throws(ResponseError) {
        let list = p.field("changes")
        var changes: [Event] = []
        for (i, c) in try list.array().enumerated() {
            let e = Params(c, path: "\(list.path)[\(i)]")
            changes.append(Event(uri: try e.field("uri").string(), type: try e.field("type").int()))
        }
        self.changes = changes
    }
}

extension Server {
    func didOpen(_ n: DidOpen) {
        guard let doc = documents.open(uri: n.uri, languageId: n.languageId, version: n.version, text: n.text) else {
            log("not an article, ignored: \(n.uri)")
            return
        }
        documentTextChanged(doc)
    }

    func didChange(_ n: DidChange) throws(ResponseError) {
        let id = DocumentID(DocumentURI.canonical(n.uri))
        // Only the version: a copy of the document held here would make the edit copy its text.
        guard let oldVersion = documents[id]?.version else {
            throw .invalidParams("didChange for a document that is not open: \(n.uri)")
        }
        guard
            let doc = documents.change(
                uri: n.uri, version: n.version ?? oldVersion + 1, changes: n.changes, encoding: encoding)
        else { return }
        documentTextChanged(doc)
    }

    func didClose(_ n: DocumentNotification) {
        guard let doc = documents.close(uri: n.uri) else { return }
        // The disk version (if the file is in the workspace) takes the open document's place in the index.
        let before = index.files[doc.id]
        if let path = DocumentURI.path(doc.id.rawValue), isWorkspaceArticle(path),
            let bytes = fileSystem.read(path: path, roots: folders.map(\.path)), let kind = ArticleKind.forPath(path)
        {
            indexReplace(
                FileSummary(syntax: ArticleParser.parse(SourceText(decoding: bytes), kind: kind), document: doc.id))
        } else {
            indexRemove(doc.id)
        }
        publishedSegments[doc.id] = nil
        if published.remove(doc.id) != nil, !client.pullDiagnostics {
            notify("textDocument/publishDiagnostics", ["uri": .string(doc.uri), "diagnostics": []])
        }
        definitionsMayHaveChanged(old: before, new: index.files[doc.id], excluding: doc.id)
    }

    func didSave(_ n: DocumentNotification) {
        if n.uri.hasSuffix("/.copydesk.json"), let path = DocumentURI.path(n.uri) { configurationFileChanged(path) }
    }

    func isWorkspaceArticle(_ path: String) -> Bool { snapshot.isWorkspaceArticle(path) }

    func configurationFileChanged(_ path: String) {
        guard folder(containing: path) != nil else { return }
        fileSystem.configurationChanged()
        reportedProblems = []
        relintAll()
    }

    func didChangeWatchedFiles(_ n: DidChangeWatchedFiles) {
        for c in n.changes {
            guard let path = DocumentURI.path(c.uri) else { continue }
            if path.hasSuffix("/.copydesk.json") {
                decisions.configurationFileChanged()
                configurationFileChanged(path)
                continue
            }
            if path.hasSuffix("/" + BaselineFile.fileName) {
                decisions.baselineFileChanged(path)
                relintAll()
                continue
            }
            let id = DocumentID(DocumentURI.fromPath(path))
            if indexRunsInFlight > 0 { touchedWhileIndexing.insert(id) }
            guard documents[id] == nil else { continue }  // open documents shadow the disk
            let before = index.files[id]
            if c.type == 3 || !isWorkspaceArticle(path) {
                indexRemove(id)
            } else if let bytes = fileSystem.read(path: path, roots: folders.map(\.path)),
                let kind = ArticleKind.forPath(path)
            {
                indexReplace(
                    FileSummary(syntax: ArticleParser.parse(SourceText(decoding: bytes), kind: kind), document: id))
            } else {
                indexRemove(id)
            }
            definitionsMayHaveChanged(old: before, new: index.files[id], excluding: nil)
        }
    }

    // MARK: Index maintenance (every change to `index` goes through these two)

    func indexReplace(_ summary: FileSummary) {
        let old = index.files[summary.document]
        if Server.analysisKey(old) != Server.analysisKey(summary) { definitionsGeneration += 1 }
        if old == nil {
            pulls.fileAdded(summary.document)
        } else {
            pulls.fileChanged(summary.document)
        }
        index.replace(summary)
    }

    func indexRemove(_ id: DocumentID) {
        guard index.files[id] != nil else { return }
        definitionsGeneration += 1
        pulls.fileChanged(id)
        index.remove(id)
    }

    /// What the analysis of any document reads from this file's summary through the index: its entity
    /// definitions' ids, names and fields (not positions, titles or sources).
    static func analysisKey(_ summary: FileSummary?) -> Int {
        guard let summary else { return 0 }
        var h = Hasher()
        for d in summary.entityDefinitions {
            h.combine(d.definition.id)
            h.combine(d.definition.name)
            for f in d.definition.fields {
                h.combine(f.key)
                h.combine(f.value)
            }
        }
        return h.finalize()
    }

    // MARK: Re-analysis

    /// A document's text changed: update the index, re-analyse it, and re-analyse the open documents that
    /// depend on its definitions if (and only if) those changed.
    func documentTextChanged(_ doc: OpenDocument) {
        let before = index.files[doc.id]
        indexReplace(doc.summary)
        reanalyze(doc.id)
        definitionsMayHaveChanged(old: before, new: doc.summary, excluding: doc.id)
    }

    /// Analyses of more bytes than this run off the main loop (so opening a huge article never holds up other
    /// requests, cancellation or shutdown); smaller ones synchronously (a keystroke's diagnostics at once — in a
    /// huge article too, where an edit re-analyses only the segments it touched). The default for
    /// `Server.backgroundAnalysisThreshold`.
    static let defaultBackgroundAnalysisThreshold = 1 << 20

    func reanalyze(_ id: DocumentID) {
        // Before the first index, an analysis would read a partial index (false "not defined"): the
        // documents are analysed, and their diagnostics published, once it is merged (`markIndexReady`).
        guard indexReady, let doc = documents[id] else { return }
        analysisCount[id, default: 0] += 1
        let configuration = self.configuration(for: id)
        let inputsKey = definitionsGeneration
        if doc.bytesToAnalyze(configuration: configuration, inputsKey: inputsKey) <= backgroundAnalysisThreshold {
            let analysed = doc.analyzed(index: index, configuration: configuration, inputsKey: inputsKey)
            documents.replace(analysed)
            publish(analysed)
            return
        }
        // One background analysis per document at a time; edits meanwhile mark it stale and it runs again.
        if analysesRunning.contains(id) {
            analysesStale.insert(id)
            return
        }
        analysesRunning.insert(id)
        let index = self.index
        runtime.background { [runtime] in
            let analysed = doc.analyzed(index: index, configuration: configuration, inputsKey: inputsKey)
            runtime.post { s in
                s.analysesRunning.remove(id)
                let stale = s.analysesStale.remove(id) != nil
                guard let current = s.documents[id] else { return }
                if !stale && current.version == doc.version && s.definitionsGeneration == inputsKey {
                    s.documents.replace(analysed)
                    s.publish(analysed)
                    if s.client.pullDiagnostics { s.refreshPulledDiagnostics() }
                } else {
                    // Edited meanwhile: the segments the edits left alone keep this analysis.
                    s.documents.replace(current.adoptingAnalyses(from: analysed))
                    s.reanalyze(id)
                }
            }
        }
    }

    /// Re-analyses open documents affected by a change of definitions between two summaries of one file.
    func definitionsMayHaveChanged(old: FileSummary?, new: FileSummary?, excluding: DocumentID?) {
        if old?.definitionsKey == new?.definitionsKey && (old == nil) == (new == nil) { return }
        if old == nil && new == nil { return }
        if let old, let new, old.definitionsContentKey == new.definitionsContentKey {
            // Only duplicated definitions carry positions into other files' findings (related information):
            // the files defining them are the only ones whose workspace report may change.
            for d in new.entityDefinitions {
                let all = index.definitions(ofEntity: d.definition.id)
                if all.count > 1 { for other in all { pulls.fileChanged(other.location.document) } }
            }
            // Only positions moved (typing above a definition). The one cached result holding another file's
            // definition positions is duplicate-definition's related information: re-analyse just those.
            let moved = Set(new.entityDefinitions.map(\.definition.id))
            var changedAny = false
            for id in documents.ids where id != excluding {
                guard let other = documents[id],
                    other.diagnostics.contains(where: { Server.indexReadingRules.contains($0.ruleID) }),
                    other.summary.entityDefinitions.contains(where: { moved.contains($0.definition.id) })
                else { continue }
                reanalyze(id)
                changedAny = true
            }
            if changedAny { refreshPulledDiagnostics() }
            return
        }
        var ids = Set<String>()
        var forms = Set<String>()
        for s in [old, new].compactMap({ $0 }) {
            for d in s.entityDefinitions {
                ids.insert(d.definition.id)
                for f in [d.definition.name] + d.definition.aliases where !f.isEmpty { forms.insert(f.lowercased()) }
            }
        }
        // What rules reading the index found in files on disk may change too. When the ids, names and aliases
        // are the same (a type or a description changed), only in the files that mention or define those ids
        // (found in the index, O(them)); otherwise in any file (plain prose may name them): a new epoch.
        if (old?.linkingKey ?? FileSummary.noLinkingKey) == (new?.linkingKey ?? FileSummary.noLinkingKey) {
            for id in ids {
                for doc in index.documents(mentioning: id) { pulls.fileChanged(doc) }
                for d in index.definitions(ofEntity: id) { pulls.fileChanged(d.location.document) }
            }
        } else {
            pulls.definitionsChanged()
        }
        var changedAny = false
        for id in documents.ids where id != excluding {
            guard let other = documents[id] else { continue }
            if dependsOn(other, ids: ids, forms: forms) {
                reanalyze(id)
                changedAny = true
            }
        }
        if changedAny || !ids.isEmpty {
            refreshPulledDiagnostics()
            refreshEditorViews()  // inlay hints show display names, the code lens counts named sources
        }
    }

    func dependsOn(_ doc: OpenDocument, ids: Set<String>, forms: Set<String>) -> Bool {
        if doc.summary.entityMentions.contains(where: { ids.contains($0.id) }) { return true }
        if doc.summary.entityDefinitions.contains(where: { ids.contains($0.definition.id) }) { return true }
        if doc.analysis.entities.contains(where: { $0.definedID.map(ids.contains) ?? false }) { return true }
        // A finding of a rule that reads the index (undefined-entity's "did you mean" hint looks at every
        // defined id, not only the mentioned ones).
        if !ids.isEmpty && doc.diagnostics.contains(where: { Server.indexReadingRules.contains($0.ruleID) }) {
            return true
        }
        if !forms.isEmpty {
            let lower = doc.text.string.lowercased()
            if forms.contains(where: { lower.contains($0) }) { return true }
        }
        return false
    }

    /// Ids of the rules that read the workspace index (their findings can change when another file does).
    static let indexReadingRules = Set(RuleRegistry.all.filter(\.readsWorkspaceIndex).map(\.id))

    func relintAll() {
        definitionsGeneration += 1
        pulls.definitionsChanged()
        for id in documents.ids { reanalyze(id) }
        refreshPulledDiagnostics()
        refreshEditorViews()
    }

    func refreshPulledDiagnostics() {
        if client.pullDiagnostics && client.diagnosticRefresh {
            request("workspace/diagnostic/refresh", .null) { _, _, _ in }
        }
    }

    func publish(_ doc: OpenDocument) {
        pulls.openDocumentChanged(doc.id)
        guard !client.pullDiagnostics, indexReady else { return }
        published.insert(doc.id)
        let s = snapshot
        var cache = publishedSegments.removeValue(forKey: doc.id) ?? PublishedSegments()
        let list = DiagnosticsMessage.diagnostics(
            doc.diagnostics, text: doc.text, encoding: encoding,
            segments: doc.document.segmentCount > 1 ? doc.document.segmentKeys : [], cache: &cache,
            related: { s.lspDiagnostic($0, text: doc.text) })
        publishedSegments[doc.id] = cache
        notify(
            "textDocument/publishDiagnostics",
            ["uri": .string(doc.uri), "version": .int(doc.version), "diagnostics": .fragment(list)])
    }

    /// Core `Diagnostic` → LSP `Diagnostic`.
    static func lspDiagnostic(
        _ d: Diagnostic, text: SourceText, encoding: PositionEncoding, uriFor: (DocumentID) -> String
    ) -> JSONValue {
        var o: [String: JSONValue] = [
            "range": encoding.range(d.range, in: text),
            "severity": .int(d.severity.rank + 1),
            "code": .string(d.ruleID),
            "source": "copydesk",
            "message": .string(d.message),
        ]
        if !d.related.isEmpty {
            o["relatedInformation"] = .array(
                d.related.map {
                    [
                        "location": [
                            "uri": .string(uriFor($0.location.document)), "range": encoding.range($0.location),
                        ],
                        "message": .string($0.message),
                    ]
                })
        }
        if d.tags.contains(.unnecessary) { o["tags"] = [1] }
        return .object(o)
    }

    func uri(for id: DocumentID) -> String { snapshot.uri(for: id) }
}
