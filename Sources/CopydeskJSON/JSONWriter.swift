/// A minimal streaming JSON writer that keeps keys in the order written (the documented order) and
/// appends straight into a byte buffer, for large outputs (the CLI's JSON and SARIF reports) where building
/// a `JSONValue` first would double the work. The caller is responsible for structure; `comma` tracking is
/// per nesting level. Strings are escaped as `JSONValue` prints them (`JSONValue.writeString`).
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = [false]
    public let pretty: Bool
    private var depth: Int { needsComma.count - 1 }

    public init(pretty: Bool = true, capacity: Int = 1 << 16) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
        if pretty && depth > 0 { newline() }
    }
    private mutating func newline() {
        bytes.append(0x0A)
        for _ in 0..<depth {
            bytes.append(0x20)
            bytes.append(0x20)
        }
    }

    public mutating func key(_ k: String) {
        separator()
        string(k)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(0x20) }
        pendingValueAfterKey = true  // the value follows without a separator
    }
    private var pendingValueAfterKey = false

    private mutating func beginValue() {
        if pendingValueAfterKey {
            pendingValueAfterKey = false
            return
        }
        separator()
    }

    public mutating func beginObject() {
        beginValue()
        bytes.append(UInt8(ascii: "{"))
        needsComma.append(false)
    }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() {
        beginValue()
        bytes.append(UInt8(ascii: "["))
        needsComma.append(false)
    }
    public mutating func endArray() { close(UInt8(ascii: "]")) }
    private mutating func close(_ c: UInt8) {
        let hadItems = needsComma.removeLast()
        if pretty && hadItems { newline() }
        bytes.append(c)
    }

    public mutating func value(_ s: String) {
        beginValue()
        string(s)
    }
    public mutating func value(_ n: Int) {
        beginValue()
        JSONValue.writeInt(n, into: &bytes)
    }
    public mutating func value(_ b: Bool) {
        beginValue()
        bytes.append(contentsOf: (b ? "true" : "false").utf8)
    }
    public mutating func null() {
        beginValue()
        bytes.append(contentsOf: "null".utf8)
    }

    public mutating func field(_ k: String, _ s: String) {
        key(k)
        value(s)
    }
    public mutating func field(_ k: String, _ n: Int) {
        key(k)
        value(n)
    }
    public mutating func field(_ k: String, _ b: Bool) {
        key(k)
        value(b)
    }

    public mutating func finish() -> [UInt8] {
        bytes.append(0x0A)
        return bytes
    }

    private mutating func string(_ s: String) { JSONValue.writeString(s, into: &bytes) }
}
