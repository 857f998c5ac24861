import CopydeskCore

/// One `TextDocumentContentChangeEvent`: a range replacement, or the whole text when `range` is nil.
public struct ContentChange: Sendable, Hashable {
    public typealias Position = LSPPosition
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

    /// Decodes one change event; -32602 naming the field on a malformed one.
    init(_ p: Params) throws(ResponseError) {
        text = try p.field("text").string()
        if p.field("range").json.isNull {
            range = nil
        } else {
            let r = try LSPRange(p.field("range"))
            range = (r.start, r.end)
        }
    }
}

public enum TextEdits {
    /// Applies changes in order, each against the text left by the previous one. Positions past the end
    /// of a line clamp to the line's end, past the last line to the end of the text; a column inside a
    /// character (a UTF-16 column between surrogates, a UTF-8 column inside a sequence) snaps to the
    /// character's start; a reversed range is put in order. The result is always valid UTF-8.
    public static func apply(_ changes: [ContentChange], to text: SourceText, encoding: PositionEncoding) -> SourceText
    {
        var t = text
        _ = apply(changes, to: &t, encoding: encoding)
        return t
    }

    /// `apply` in place, telling which bytes of the old text changed (`old`, in its offsets) and how many bytes
    /// took their place: one range covering every change (nil when the text is unchanged). Each change costs a
    /// move of the bytes after it (in place when `text` holds the only reference) and a line-index update
    /// around it (`SourceText.replaceSubrange`), not a rebuild.
    public static func apply(_ changes: [ContentChange], to current: inout SourceText, encoding: PositionEncoding)
        -> (old: TextRange, insertedCount: Int)?
    {
        let originalCount = current.count
        // The covering range: [lo, hiOld) of the original text is [lo, hiNew) of `current`.
        var covered: (lo: Int, hiOld: Int, hiNew: Int)? = nil
        for change in changes {
            guard let r = change.range else {
                current = SourceText(change.text)
                covered = (0, originalCount, current.count)
                continue
            }
            let a = encoding.offset(line: r.start.line, character: r.start.character, in: current)
            let b = encoding.offset(line: r.end.line, character: r.end.character, in: current)
            let range = current.scalarAligned(TextRange(min(a, b), max(a, b)))
            let inserted = Array(change.text.utf8)
            if range.isEmpty && inserted.isEmpty { continue }
            current.replaceSubrange(range, with: inserted)
            let n = inserted.count
            if let c = covered {
                let hiOld = c.hiNew >= range.end ? c.hiOld : range.end - (c.hiNew - c.hiOld)
                let hiNew = c.hiNew >= range.end ? c.hiNew + n - range.count : range.start + n
                covered = (min(c.lo, range.start), hiOld, max(hiNew, range.start + n))
            } else {
                covered = (range.start, range.end, range.start + n)
            }
        }
        guard let c = covered else { return nil }
        return (TextRange(c.lo, c.hiOld), c.hiNew - c.lo)
    }
}
