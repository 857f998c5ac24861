/// A JSON value, parsed and printed by this module (no Foundation round-trips: exact integers,
/// no NSNumber bool/number confusion, a depth limit so hostile input cannot overflow the stack).
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])
    /// JSON text already printed, spliced in verbatim when this value is printed: a large answer (hundreds
    /// of locations, a huge article's tens of thousands of diagnostics) is written straight to bytes instead of
    /// as a tree of small dictionaries built, printed and freed. The one way a message carries printed JSON. Never produced by the parser; the accessors below see it as no value (read it back with
    /// `resolvingFragments()`).
    case fragment(JSONFragment)

    public subscript(key: String) -> JSONValue {
        if case .object(let o) = self { return o[key] ?? .null }
        return .null
    }
    public subscript(index: Int) -> JSONValue {
        if case .array(let a) = self, index >= 0, index < a.count { return a[index] }
        return .null
    }
    public var isNull: Bool { if case .null = self { return true } else { return false } }
    public var string: String? { if case .string(let s) = self { return s } else { return nil } }
    public var bool: Bool? { if case .bool(let b) = self { return b } else { return nil } }
    public var int: Int? {
        switch self {
        case .int(let i): return i
        case .double(let d) where d.rounded() == d && abs(d) < 9.0e15: return Int(d)
        default: return nil
        }
    }
    public var double: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }
    public var array: [JSONValue]? { if case .array(let a) = self { return a } else { return nil } }
    public var object: [String: JSONValue]? { if case .object(let o) = self { return o } else { return nil } }
    /// True for a present value (not null/absent).
    public var exists: Bool { !isNull }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral, ExpressibleByFloatLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        // Sized once: answers build thousands of small objects (a location is three), each grown from empty.
        var o = [String: JSONValue](minimumCapacity: elements.count)
        for (k, v) in elements { o[k] = v }
        self = .object(o)
    }
    public init(nilLiteral: ()) { self = .null }
}

/// Printed JSON text (one complete value), as `JSONValue.fragment` carries it. Build it with `JSONWriter` or
/// `JSONValue.write(into:)`; the printer copies it as is.
public struct JSONFragment: Sendable, Hashable {
    public let bytes: [UInt8]
    public init(bytes: [UInt8]) { self.bytes = bytes }
}

extension JSONValue {
    /// The same value with every fragment parsed back into values (for readers in-process: tests, logs).
    /// Throws when a fragment is not valid JSON.
    public func resolvingFragments() throws(JSONParseError) -> JSONValue {
        switch self {
        case .fragment(let f): return try JSONParser.parse(f.bytes)
        case .array(let a):
            var out: [JSONValue] = []
            out.reserveCapacity(a.count)
            for v in a { out.append(try v.resolvingFragments()) }
            return .array(out)
        case .object(let o):
            var out = [String: JSONValue](minimumCapacity: o.count)
            for (k, v) in o { out[k] = try v.resolvingFragments() }
            return .object(out)
        default: return self
        }
    }

    /// `.null` for nil.
    public init(_ s: String?) { self = s.map { .string($0) } ?? .null }
}
