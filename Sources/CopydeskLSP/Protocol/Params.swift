import CopydeskCore

/// Reads request params once, at the edge: every field is checked where it is read and a wrong one is a
/// −32602 `invalidParams` naming it (`params.position.line: expected an integer`). Handlers get typed values.
struct Params {
    let json: JSONValue
    let path: String

    init(_ json: JSONValue, path: String = "params") {
        self.json = json
        self.path = path
    }

    func field(_ key: String) -> Params { Params(json[key], path: "\(path).\(key)") }

    func fail(_ expected: String) -> ResponseError { .invalidParams("\(path): expected \(expected)") }

    func string() throws(ResponseError) -> String {
        guard let s = json.string else { throw fail("a string") }
        return s
    }
    func int() throws(ResponseError) -> Int {
        guard let i = json.int else { throw fail("an integer") }
        return i
    }
    func array() throws(ResponseError) -> [JSONValue] {
        guard let a = json.array else { throw fail("an array") }
        return a
    }
    func object() throws(ResponseError) -> Params {
        guard case .object = json else { throw fail("an object") }
        return self
    }
    /// Nil when absent or null; an error when present with another type.
    func optionalString() throws(ResponseError) -> String? { json.isNull ? nil : try string() }
    func optionalBool() throws(ResponseError) -> Bool? {
        if json.isNull { return nil }
        guard let b = json.bool else { throw fail("a boolean") }
        return b
    }
}

/// An LSP `Position`, in the negotiated encoding's units (converted against a text by `PositionEncoding`).
public struct LSPPosition: Sendable, Hashable {
    public var line: Int
    public var character: Int
    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }
    init(_ p: Params) throws(ResponseError) {
        let o = try p.object()
        line = try o.field("line").int()
        character = try o.field("character").int()
    }
}

/// An LSP `Range`.
struct LSPRange: Sendable, Equatable {
    let start: LSPPosition
    let end: LSPPosition
    init(_ p: Params) throws(ResponseError) {
        let o = try p.object()
        start = try LSPPosition(o.field("start"))
        end = try LSPPosition(o.field("end"))
    }
}

/// `TextDocumentPositionParams`: the document and the cursor.
struct TextDocumentPosition: Sendable {
    let uri: String
    let position: LSPPosition
    init(_ p: Params) throws(ResponseError) {
        uri = try p.field("textDocument").field("uri").string()
        position = try LSPPosition(p.field("position"))
    }
}

extension PositionEncoding {
    func offset(_ p: LSPPosition, in text: SourceText) -> Int { offset(line: p.line, character: p.character, in: text) }
    /// A reversed range is put in order.
    func range(_ r: LSPRange, in text: SourceText) -> TextRange {
        let a = offset(r.start, in: text)
        let b = offset(r.end, in: text)
        return TextRange(min(a, b), max(a, b))
    }
}

/// A request answered from a `Snapshot`: decoded once (`init(params:)`), answered by a function of the
/// snapshot. One type per method, in the file of its feature; `Server.requestHandlers` lists them.
protocol SnapshotRequest: Sendable {
    static var method: String { get }
    init(_ params: Params) throws(ResponseError)
    func answer(_ s: Snapshot, _ token: CancellationToken) throws(ResponseError) -> JSONValue
}
