import CopydeskCore

/// The edits behind "Treat 'VERB' as a reporting verb" and "Treat 'WORD' as an abbreviation": one word added
/// to `reportingVerbs` or `abbreviations` of a `.copydesk.json`, keeping the rest of the file as written (the
/// word goes after the array's last element, or a new key before the closing brace), or a new file when
/// there is none. `ConfigurationLoader` checks the file first: an invalid file is not edited.
public enum ConfigurationEdits {
    /// The key a suggestion adds to.
    public static func key(for kind: VocabularySuggestion.Kind) -> String {
        switch kind {
        case .reportingVerb: return "reportingVerbs"
        case .abbreviation: return "abbreviations"
        }
    }

    /// The edit adding `word` to the `.copydesk.json` at `path` whose text is `current` (nil: no such file
    /// yet). `.success(nil)` when the file already lists it; an error when the file is not a valid
    /// configuration.
    public static func adding(
        _ word: String, as kind: VocabularySuggestion.Kind, path: String, current: [UInt8]?
    ) -> Result<FileEdit?, ConfigurationError> {
        let key = key(for: kind)
        let entry = quoted(kind == .abbreviation && word.hasSuffix(".") ? String(word.dropLast()) : word)
        guard let current else {
            return .success(
                FileEdit.replacing(path: path, old: nil, new: Array("{\n  \"\(key)\": [\(entry)]\n}\n".utf8)))
        }
        let configuration: Configuration
        do { configuration = try ConfigurationLoader.parse(current, path: path).configuration } catch {
            return .failure(error)
        }
        let listed = kind == .reportingVerb ? configuration.reportingVerbs : configuration.abbreviations
        if listed.contains(where: { $0.lowercased() == word.lowercased() }) { return .success(nil) }
        guard let top = JSONShape.topLevelMembers(current) else {
            return .failure(ConfigurationError(path: path, message: "cannot find the top-level object"))
        }
        var new = current
        if let member = top.members.first(where: { ConfigurationLoader.canonicalKey($0.key) == key }) {
            let v = member.value
            switch current[v.start] {
            case UInt8(ascii: "["):
                // After the last element, or right inside `[` when the array is empty.
                var last = v.end - 2
                while last > v.start && isSpace(current[last]) { last -= 1 }
                let insertion = last == v.start ? entry : ", " + entry
                new.insert(contentsOf: Array(insertion.utf8), at: last + 1)
            case UInt8(ascii: "\""):
                // A single string is allowed: it becomes an array of both.
                let old = String(decoding: current[v.start..<v.end], as: UTF8.self)
                new.replaceSubrange(v.start..<v.end, with: Array("[\(old), \(entry)]".utf8))
            default:
                // null: the key is as good as absent.
                new.replaceSubrange(v.start..<v.end, with: Array("[\(entry)]".utf8))
            }
        } else {
            var last = top.close - 1
            while last > top.open && isSpace(current[last]) { last -= 1 }
            let indent = top.indent ?? "  "
            let line = "\(indent)\"\(key)\": [\(entry)]"
            // The file's own line ending (a CRLF file stays CRLF).
            let newline = SourceText(decoding: current).lineEnding
            let insertion = last == top.open ? newline + line + newline : "," + newline + line
            new.insert(contentsOf: Array(insertion.utf8), at: last + 1)
        }
        return .success(FileEdit.replacing(path: path, old: current, new: new))
    }

    /// A JSON string literal.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
}

/// Where the members of a JSON text's top-level object are (byte ranges), for edits that keep the rest of
/// the file as written. Only the structure is read: validation is `ConfigurationLoader`'s.
enum JSONShape {
    struct Member {
        let key: String
        /// The value, from its first byte to just after its last.
        let value: TextRange
    }
    struct Object {
        /// The offsets of `{` and `}`.
        let open: Int
        let close: Int
        let members: [Member]
        /// The whitespace before the first key on its line, when the object spans lines.
        let indent: String?
    }

    static func topLevelMembers(_ b: [UInt8]) -> Object? {
        var i = 0
        func skipSpace() {
            while i < b.count && ConfigurationEdits.isSpace(b[i]) { i += 1 }
        }
        /// Past one string starting at i (on `"`).
        func skipString() -> Bool {
            i += 1
            while i < b.count {
                if b[i] == 0x5C {
                    i += 2
                } else if b[i] == 0x22 {
                    i += 1
                    return true
                } else {
                    i += 1
                }
            }
            return false
        }
        /// Past one value starting at i.
        func skipValue() -> Bool {
            guard i < b.count else { return false }
            if b[i] == 0x22 { return skipString() }
            if b[i] == 0x7B || b[i] == 0x5B {
                var depth = 0
                while i < b.count {
                    switch b[i] {
                    case 0x22:
                        if !skipString() { return false }
                        continue
                    case 0x7B, 0x5B: depth += 1
                    case 0x7D, 0x5D:
                        depth -= 1
                        if depth == 0 {
                            i += 1
                            return true
                        }
                    default: break
                    }
                    i += 1
                }
                return false
            }
            while i < b.count && !ConfigurationEdits.isSpace(b[i]) && b[i] != 0x2C && b[i] != 0x7D && b[i] != 0x5D {
                i += 1
            }
            return true
        }
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        skipSpace()
        guard i < b.count, b[i] == 0x7B else { return nil }
        let open = i
        i += 1
        var members: [Member] = []
        var indent: String? = nil
        while true {
            skipSpace()
            guard i < b.count else { return nil }
            if b[i] == 0x7D { return Object(open: open, close: i, members: members, indent: indent) }
            if b[i] == 0x2C {
                i += 1
                continue
            }
            guard b[i] == 0x22 else { return nil }
            if indent == nil {
                var s = i
                while s > open + 1 && (b[s - 1] == 0x20 || b[s - 1] == 0x09) { s -= 1 }
                if s > 0 && b[s - 1] == 0x0A { indent = String(decoding: b[s..<i], as: UTF8.self) }
            }
            let keyStart = i + 1
            guard skipString() else { return nil }
            let key = String(decoding: b[keyStart..<(i - 1)], as: UTF8.self)
            skipSpace()
            guard i < b.count, b[i] == 0x3A else { return nil }
            i += 1
            skipSpace()
            let valueStart = i
            guard skipValue() else { return nil }
            members.append(Member(key: key, value: TextRange(valueStart, i)))
        }
    }
}
