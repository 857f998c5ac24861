/// A change to a workspace file that is not an article (`.copydesk.json`, `.copydesk-baseline.json`), as one
/// replacement, so an editor applies it as a standard workspace edit (creating the file when it is missing)
/// and the user sees, and can undo, exactly what changed.
public struct FileEdit: Sendable, Hashable {
    /// The file's absolute path.
    public let path: String
    /// The file's current text; nil when it does not exist yet (the edit creates it, `range` is empty at 0).
    public let current: SourceText?
    /// The bytes of `current` replaced.
    public let range: TextRange
    public let newText: String

    public init(path: String, current: SourceText?, range: TextRange, newText: String) {
        self.path = path
        self.current = current
        self.range = range
        self.newText = newText
    }

    public var createsFile: Bool { current == nil }

    /// The smallest whole-line replacement turning `old` into `new` (a new file when `old` is nil), or nil
    /// when they are equal. Whole lines keep the edit on UTF-8 boundaries and readable in a diff.
    public static func replacing(path: String, old: [UInt8]?, new: [UInt8]) -> FileEdit? {
        guard let old else {
            return FileEdit(
                path: path, current: nil, range: TextRange(0, 0), newText: String(decoding: new, as: UTF8.self))
        }
        if old == new { return nil }
        var prefix = 0
        while prefix < old.count && prefix < new.count && old[prefix] == new[prefix] { prefix += 1 }
        // Back to the start of the line the difference is on.
        while prefix > 0 && old[prefix - 1] != 0x0A { prefix -= 1 }
        var suffix = 0
        while suffix < old.count - prefix && suffix < new.count - prefix
            && old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        {
            suffix += 1
        }
        // Forward to the start of a line (the common tail is whole lines).
        while suffix > 0 && old[old.count - suffix - 1] != 0x0A { suffix -= 1 }
        let range = TextRange(prefix, old.count - suffix)
        let replacement = new[prefix..<(new.count - suffix)]
        return FileEdit(
            path: path, current: SourceText(decoding: old), range: range,
            newText: String(decoding: replacement, as: UTF8.self))
    }

    /// The file's text after the edit.
    public var result: String {
        guard let current else { return newText }
        let b = current.bytes
        return String(decoding: Array(b[0..<range.start]) + Array(newText.utf8) + Array(b[range.end...]), as: UTF8.self)
    }
}
