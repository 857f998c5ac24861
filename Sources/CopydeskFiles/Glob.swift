/// A path glob, matched against `/`-separated paths relative to a base folder (the folder holding
/// `.copydesk.json`, or the folder being walked).
///
/// Syntax: `*` any run of characters within one path segment; `?` one character; `[abc]`, `[a-z]`,
/// `[!abc]` a character class; `{a,b}` alternatives; `**` as a whole segment: zero or more segments.
/// A pattern with no `/` matches the last segment anywhere (`*.txt` ≡ `**/*.txt`); a leading `/` or
/// `./` anchors it to the base. A pattern also matches everything under a folder it matches
/// (`drafts` and `drafts/**` both exclude the folder `drafts`).
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    public let pattern: String
    /// Brace-expanded alternatives, each split into segments.
    private let alternatives: [[Segment]]

    private enum Segment: Sendable, Hashable {
        case anyDepth  // **
        case literal(String)
        case suffix(String)  // `*.md`: the common case, matched without the general matcher
        case pattern([Character])  // contains * ? [
    }

    public init(_ pattern: String) {
        self.pattern = pattern
        var p = pattern
        var anchored = false
        if p.hasPrefix("./") {
            p.removeFirst(2)
            anchored = true
        }
        if p.hasPrefix("/") {
            p.removeFirst()
            anchored = true
        }
        while p.hasSuffix("/") { p.removeLast() }
        if !anchored && !p.contains("/") && p != "**" { p = "**/" + p }
        self.alternatives = Glob.expandBraces(p).map { alt in
            alt.split(separator: "/", omittingEmptySubsequences: true).map { seg -> Segment in
                if seg == "**" { return .anyDepth }
                if seg.first == "*", !seg.dropFirst().contains(where: { $0 == "*" || $0 == "?" || $0 == "[" }) {
                    return .suffix(String(seg.dropFirst()))
                }
                if seg.contains(where: { $0 == "*" || $0 == "?" || $0 == "[" }) { return .pattern(Array(seg)) }
                return .literal(String(seg))
            }
        }
    }

    public var description: String { pattern }

    /// True when `relativePath` (no leading `/`) or one of its parent folders matches.
    public func matches(_ relativePath: String) -> Bool { matches(parts: Glob.parts(relativePath)) }

    /// `matches` for a path already split into its segments (`parts`): a set of globs splits each path once.
    func matches(parts: [String]) -> Bool {
        alternatives.contains { Glob.match($0[...], parts[...], allowPrefix: true) }
    }

    /// The segments of a relative path (cut at the byte `/`, as `Paths` cuts: no walk over grapheme clusters).
    static func parts(_ relativePath: String) -> [String] {
        relativePath.utf8.split(separator: Paths.slash, omittingEmptySubsequences: true).map { String(Substring($0)) }
    }

    /// True when the folder `relativePath` is matched itself (so everything under it is matched).
    public func matchesFolder(_ relativePath: String) -> Bool {
        let parts = Glob.parts(relativePath)
        return alternatives.contains { alt in
            // `drafts/**` matches the folder `drafts` too.
            var a = alt[...]
            while a.last == .anyDepth && a.count > 1 { a = a.dropLast() }
            return Glob.match(a, parts[...], allowPrefix: false)
        }
    }

    private static func match(_ segs: ArraySlice<Segment>, _ parts: ArraySlice<String>, allowPrefix: Bool) -> Bool {
        guard let first = segs.first else { return parts.isEmpty || allowPrefix }
        switch first {
        case .anyDepth:
            let rest = segs.dropFirst()
            if rest.isEmpty { return true }
            var p = parts
            while true {
                if match(rest, p, allowPrefix: allowPrefix) { return true }
                if p.isEmpty { return false }
                p = p.dropFirst()
            }
        case .literal(let s):
            guard let part = parts.first, part == s else { return false }
            return match(segs.dropFirst(), parts.dropFirst(), allowPrefix: allowPrefix)
        case .suffix(let s):
            guard let part = parts.first, part.hasSuffix(s) else { return false }
            return match(segs.dropFirst(), parts.dropFirst(), allowPrefix: allowPrefix)
        case .pattern(let chars):
            guard let part = parts.first, matchSegment(chars[...], Array(part)[...]) else { return false }
            return match(segs.dropFirst(), parts.dropFirst(), allowPrefix: allowPrefix)
        }
    }

    private static func matchSegment(_ p: ArraySlice<Character>, _ s: ArraySlice<Character>) -> Bool {
        guard let c = p.first else { return s.isEmpty }
        switch c {
        case "*":
            var rest = s
            while true {
                if matchSegment(p.dropFirst(), rest) { return true }
                if rest.isEmpty { return false }
                rest = rest.dropFirst()
            }
        case "?":
            guard !s.isEmpty else { return false }
            return matchSegment(p.dropFirst(), s.dropFirst())
        case "[":
            guard let ch = s.first else { return false }
            var i = p.index(after: p.startIndex)
            var negate = false
            if i < p.endIndex, p[i] == "!" || p[i] == "^" {
                negate = true
                i = p.index(after: i)
            }
            var matched = false
            var firstInClass = true
            while i < p.endIndex, p[i] != "]" || firstInClass {
                firstInClass = false
                let lo = p[i]
                if p.index(after: i) < p.endIndex, p[p.index(after: i)] == "-",
                    p.index(i, offsetBy: 2) < p.endIndex, p[p.index(i, offsetBy: 2)] != "]"
                {
                    let hi = p[p.index(i, offsetBy: 2)]
                    if lo <= ch && ch <= hi { matched = true }
                    i = p.index(i, offsetBy: 3)
                } else {
                    if lo == ch { matched = true }
                    i = p.index(after: i)
                }
            }
            guard i < p.endIndex else {  // unclosed `[`: a literal
                return ch == "[" && matchSegment(p.dropFirst(), s.dropFirst())
            }
            guard matched != negate else { return false }
            return matchSegment(p[p.index(after: i)...], s.dropFirst())
        default:
            guard s.first == c else { return false }
            return matchSegment(p.dropFirst(), s.dropFirst())
        }
    }

    /// `a{b,c}d` → `abd`, `acd` (nested braces work; an unclosed brace is literal).
    static func expandBraces(_ p: String) -> [String] {
        let chars = Array(p)
        guard let open = chars.firstIndex(of: "{") else { return [p] }
        var depth = 0
        var commas: [Int] = []
        var close: Int?
        for i in open..<chars.count {
            switch chars[i] {
            case "{": depth += 1
            case "}":
                depth -= 1
                if depth == 0 { close = i }
            case "," where depth == 1: commas.append(i)
            default: break
            }
            if close != nil { break }
        }
        guard let close else { return [p] }
        let prefix = String(chars[..<open])
        let suffix = String(chars[(close + 1)...])
        let bounds = [open] + commas + [close]
        var out: [String] = []
        for k in 0..<(bounds.count - 1) {
            let option = String(chars[(bounds[k] + 1)..<bounds[k + 1]])
            out += expandBraces(prefix + option + suffix)
        }
        return out
    }
}

/// Include and exclude globs together: a path is selected when some include matches and no exclude does.
public struct GlobSet: Sendable, Hashable {
    public let include: [Glob]
    public let exclude: [Glob]
    public init(include: [String], exclude: [String]) {
        self.include = include.map(Glob.init)
        self.exclude = exclude.map(Glob.init)
    }
    public func selects(_ relativePath: String) -> Bool {
        let parts = Glob.parts(relativePath)
        return include.contains { $0.matches(parts: parts) } && !exclude.contains { $0.matches(parts: parts) }
    }
    /// A folder that an exclude glob matches is not entered at all.
    public func prunes(folder relativePath: String) -> Bool {
        exclude.contains { $0.matchesFolder(relativePath) }
    }
}
