import CopydeskCore

/// `textDocument/semanticTokens/full`.
struct SemanticTokensFullRequest: SnapshotRequest {
    static let method = "textDocument/semanticTokens/full"
    let uri: String
    init(_ p: Params) throws(ResponseError) { uri = try p.field("textDocument").field("uri").string() }
    func answer(_ s: Snapshot, _ token: CancellationToken) throws(ResponseError) -> JSONValue {
        try s.semanticTokens(uri, range: nil)
    }
}

/// `textDocument/semanticTokens/range`: the same tokens, limited to the range.
struct SemanticTokensRangeRequest: SnapshotRequest {
    static let method = "textDocument/semanticTokens/range"
    let uri: String
    let range: LSPRange
    init(_ p: Params) throws(ResponseError) {
        uri = try p.field("textDocument").field("uri").string()
        range = try LSPRange(p.field("range"))
    }
    func answer(_ s: Snapshot, _ token: CancellationToken) throws(ResponseError) -> JSONValue {
        try s.semanticTokens(uri, range: range)
    }
}

extension Snapshot {
    enum TokenType { static let entity = 0, citation = 1, quote = 2, cue = 3 }

    /// Semantic tokens (full or a range): entity mentions and definitions, citations and source definitions,
    /// quotes, attribution cues. Tokens never overlap and never cross a line: a quote is split around the
    /// mentions inside it and at line ends.
    func semanticTokens(_ uri: String, range: LSPRange?) throws(ResponseError) -> JSONValue {
        let doc = try document(uri)
        let window = range.map { encoding.range($0, in: doc.text) } ?? TextRange(0, doc.text.count)
        return [
            "data": .array(
                Snapshot.encodeTokens(Snapshot.tokens(for: doc), window: window, text: doc.text, encoding: encoding).map
                {
                    .int($0)
                })
        ]
    }

    struct Token: Comparable {
        var range: TextRange
        var type: Int
        var modifiers: Int
        static func < (a: Token, b: Token) -> Bool { a.range < b.range }
    }

    static func tokens(for doc: OpenDocument) -> [Token] {
        let s = doc.syntax
        var atoms: [Token] = []
        for m in s.entityMentions { atoms.append(Token(range: m.range, type: TokenType.entity, modifiers: 0)) }
        for d in s.entityDefinitions { atoms.append(Token(range: d.idRange, type: TokenType.entity, modifiers: 1)) }
        for c in s.citations { atoms.append(Token(range: c.range, type: TokenType.citation, modifiers: 0)) }
        for d in s.sourceDefinitions { atoms.append(Token(range: d.idRange, type: TokenType.citation, modifiers: 1)) }
        for a in doc.analysis.attributions where !a.cueRange.isEmpty {
            atoms.append(Token(range: a.cueRange, type: TokenType.cue, modifiers: 0))
        }
        atoms.sort()
        // Drop atoms that overlap an earlier one.
        var kept: [Token] = []
        for t in atoms where !t.range.isEmpty {
            if let last = kept.last, last.range.end > t.range.start { continue }
            kept.append(t)
        }
        // Quotes fill the gaps between atoms.
        var all = kept
        var k = 0
        for q in doc.analysis.quotes.sorted(by: { $0.range < $1.range }) {
            var pos = q.range.start
            while k < kept.count && kept[k].range.end <= pos { k += 1 }
            var j = k
            while pos < q.range.end {
                if j < kept.count && kept[j].range.start < q.range.end {
                    if kept[j].range.start > pos {
                        all.append(
                            Token(range: TextRange(pos, kept[j].range.start), type: TokenType.quote, modifiers: 0))
                    }
                    pos = max(pos, kept[j].range.end)
                    j += 1
                } else {
                    all.append(Token(range: TextRange(pos, q.range.end), type: TokenType.quote, modifiers: 0))
                    pos = q.range.end
                }
            }
        }
        all.sort()
        // Remove quote pieces overlapping each other (nested quotes).
        var out: [Token] = []
        for t in all {
            if let last = out.last, last.range.end > t.range.start { continue }
            out.append(t)
        }
        return out
    }

    /// LSP relative encoding: (deltaLine, deltaStart, length, type, modifiers) per token, split at line ends.
    static func encodeTokens(_ tokens: [Token], window: TextRange, text: SourceText, encoding: PositionEncoding)
        -> [Int]
    {
        var data: [Int] = []
        var prevLine = 0
        var prevCol = 0
        for t in tokens where t.range.overlaps(window) {
            var start = max(t.range.start, window.start)
            let end = min(t.range.end, window.end)
            while start < end {
                let line = text.line(containing: start)
                let content = text.lineContentRange(line)
                let pieceEnd = min(end, content.end)
                if pieceEnd > start {
                    let col = encoding == .utf8 ? start - text.lineStarts[line] : text.utf16Column(of: start).column
                    let len = encoding.length(TextRange(start, pieceEnd), in: text)
                    if len > 0 {
                        data.append(line - prevLine)
                        data.append(line == prevLine ? col - prevCol : col)
                        data.append(len)
                        data.append(t.type)
                        data.append(t.modifiers)
                        prevLine = line
                        prevCol = col
                    }
                }
                guard line + 1 < text.lineStarts.count else { break }
                start = max(pieceEnd, text.lineStarts[line + 1])
            }
        }
        return data
    }
}
