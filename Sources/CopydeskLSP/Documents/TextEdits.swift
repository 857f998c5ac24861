import CopydeskCore

/// One `TextDocumentContentChangeEvent`: a range replacement, or the whole text when `range` is nil.
public struct ContentChange: Sendable, Hashable {
    public struct Position: Sendable, Hashable {
        public var line: Int
        public var character: Int
        public init(line: Int, character: Int) {
            self.line = line
            self.character = character
        }
    }
    public var range: (start: Position, end: Position)?
    public var text: String

    public init(range: (start: Position, end: Position)?, text: String) {
        self.range = range
        self.text = text
    }

    public static func == (a: ContentChange, b: ContentChange) -> Bool {
        a.text == b.text && a.range?.start == b.range?.start && a.range?.end == b.range?.end
    }
    public func hash(into h: inout Hasher) {
        h.combine(text)
        h.combine(range?.start)
        h.combine(range?.end)
    }

    /// Decodes one change event; -32602 on a malformed one.
    static func decode(_ v: JSONValue) throws(ResponseError) -> ContentChange {
        guard let text = v["text"].string else { throw .invalidParams("content change without \"text\"") }
        if v["range"].isNull { return ContentChange(range: nil, text: text) }
        let r = v["range"]
        guard let sl = r["start"]["line"].int, let sc = r["start"]["character"].int,
            let el = r["end"]["line"].int, let ec = r["end"]["character"].int
        else {
            throw .invalidParams("content change with a malformed range")
        }
        return ContentChange(range: (Position(line: sl, character: sc), Position(line: el, character: ec)), text: text)
    }
}

public enum TextEdits {
    /// Applies changes in order, each against the text left by the previous one. Positions past the end
    /// of a line clamp to the line's end, past the last line to the end of the text; a column inside a
    /// character (a UTF-16 column between surrogates, a UTF-8 column inside a sequence) snaps to the
    /// character's start; a reversed range is put in order. The result is always valid UTF-8.
    public static func apply(_ changes: [ContentChange], to text: SourceText, encoding: PositionEncoding) -> SourceText
    {
        var current = text
        for change in changes {
            guard let r = change.range else {
                current = SourceText(change.text)
                continue
            }
            let a = encoding.offset(line: r.start.line, character: r.start.character, in: current)
            let b = encoding.offset(line: r.end.line, character: r.end.character, in: current)
            let lo = min(a, b)
            let hi = max(a, b)
            var bytes = current.bytes
            bytes.replaceSubrange(lo..<hi, with: Array(change.text.utf8))
            current = SourceText(decoding: bytes)
        }
        return current
    }
}
