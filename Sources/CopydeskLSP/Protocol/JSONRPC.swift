/// JSON-RPC 2.0 messages as the server sees them, and the error codes it answers with.

public enum ErrorCode {
    public static let parseError = -32700
    public static let invalidRequest = -32600
    public static let methodNotFound = -32601
    public static let invalidParams = -32602
    public static let internalError = -32603
    public static let serverNotInitialized = -32002
    public static let requestFailed = -32803
    public static let contentModified = -32801
    /// For requests the server may cancel itself (pulled diagnostics); `data.retriggerRequest` says whether to ask again.
    public static let serverCancelled = -32802
    public static let requestCancelled = -32800
}

/// An error a handler throws; becomes the `error` member of the response.
public struct ResponseError: Error, Sendable, Equatable {
    public let code: Int
    public let message: String
    /// The optional `data` member (`.null`: none).
    public let data: JSONValue
    public init(_ code: Int, _ message: String, data: JSONValue = .null) {
        self.code = code
        self.message = message
        self.data = data
    }
    public static func invalidParams(_ m: String) -> ResponseError { ResponseError(ErrorCode.invalidParams, m) }
    public static let cancelled = ResponseError(ErrorCode.requestCancelled, "request cancelled")
}

/// A request id: integer or string (JSON-RPC allows both).
public enum RequestID: Hashable, Sendable, CustomStringConvertible {
    case int(Int)
    case string(String)
    public init?(_ v: JSONValue) {
        switch v {
        case .int(let i): self = .int(i)
        case .string(let s): self = .string(s)
        case .double(let d) where d.rounded() == d && abs(d) < 9e15: self = .int(Int(d))
        default: return nil
        }
    }
    public var json: JSONValue {
        switch self {
        case .int(let i): .int(i)
        case .string(let s): .string(s)
        }
    }
    public var description: String {
        switch self {
        case .int(let i): "\(i)"
        case .string(let s): "\"\(s)\""
        }
    }
}

/// One decoded incoming message.
public enum IncomingMessage: Sendable {
    case request(id: RequestID, method: String, params: JSONValue)
    case notification(method: String, params: JSONValue)
    /// A response to a request the server sent to the client.
    case response(id: RequestID, result: JSONValue, error: JSONValue)
    /// Valid JSON that is not a JSON-RPC message: answered with -32600 (id when one could be read, else null).
    case invalid(id: JSONValue, reason: String)

    /// Classifies a parsed JSON value.
    public static func decode(_ v: JSONValue) -> IncomingMessage {
        guard case .object(let o) = v else { return .invalid(id: .null, reason: "a message must be a JSON object") }
        let rawID = o["id"] ?? .null
        guard o["jsonrpc"]?.string == "2.0" else {
            return .invalid(id: rawID, reason: "missing or wrong \"jsonrpc\": \"2.0\"")
        }
        let params = o["params"] ?? .null
        switch params {
        case .null, .object, .array: break
        default: return .invalid(id: rawID, reason: "\"params\" must be an object or an array")
        }
        if let m = o["method"] {
            guard let method = m.string else { return .invalid(id: rawID, reason: "\"method\" must be a string") }
            if o["id"] == nil { return .notification(method: method, params: params) }
            guard let id = RequestID(rawID) else {
                return .invalid(id: .null, reason: "\"id\" must be an integer or a string")
            }
            return .request(id: id, method: method, params: params)
        }
        if o["result"] != nil || o["error"] != nil, let id = RequestID(rawID) {
            return .response(id: id, result: o["result"] ?? .null, error: o["error"] ?? .null)
        }
        return .invalid(id: rawID, reason: "neither a request, a notification nor a response")
    }
}

public enum OutgoingMessage {
    public static func response(id: JSONValue, result: JSONValue) -> JSONValue {
        ["jsonrpc": "2.0", "id": id, "result": result]
    }
    public static func error(id: JSONValue, _ e: ResponseError) -> JSONValue {
        var error: [String: JSONValue] = ["code": .int(e.code), "message": .string(e.message)]
        if !e.data.isNull { error["data"] = e.data }
        return ["jsonrpc": "2.0", "id": id, "error": .object(error)]
    }
    public static func notification(_ method: String, _ params: JSONValue) -> JSONValue {
        ["jsonrpc": "2.0", "method": .string(method), "params": params]
    }
    public static func request(id: JSONValue, _ method: String, _ params: JSONValue) -> JSONValue {
        ["jsonrpc": "2.0", "id": id, "method": .string(method), "params": params]
    }
    /// Adds the `Content-Length` header.
    public static func frame(_ v: JSONValue) -> [UInt8] {
        let body = v.serialized()
        var out = Array("Content-Length: \(body.count)\r\n\r\n".utf8)
        out.append(contentsOf: body)
        return out
    }
}
