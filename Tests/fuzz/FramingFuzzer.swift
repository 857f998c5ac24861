// libFuzzer entry for the JSON-RPC wire layer alone: Content-Length framing (`MessageFramer`, fed in
// chunks of 1…128 bytes as `read` might return them), JSON parsing (`JSONParser`), JSON writing (every
// parsed value must round-trip) and message classification (`IncomingMessage.decode`). No server: this
// target is cheap per input, so it reaches tens of millions of executions; `jsonrpc` goes on through
// dispatch. Built by Tests/fuzz/run.sh (never part of `swift build`).
//
// Input layout: byte 0 = read size (2^(n & 7) bytes per append), the rest = the stream.
import CopydeskLSP

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFraming(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let readSize = 1 << Int(data[0] & 7)
    let stream = UnsafeBufferPointer(start: data + 1, count: size - 1)
    let limit = 1 << 16
    var framer = MessageFramer(maxContentLength: limit)
    var k = 0
    while k < stream.count {
        framer.append(stream[k..<min(stream.count, k + readSize)])
        k += readSize
        while let event = framer.nextEvent() {
            guard case .body(let body) = event else { continue }
            check(body.count <= limit, "a body above the declared maximum was delivered")
            guard let value = try? JSONParser.parse(body) else { continue }
            let written = value.serialized()
            guard let back = try? JSONParser.parse(written) else {
                check(false, "the writer produced invalid JSON")
                return 0
            }
            check(back == value, "JSON does not round-trip: \(String(decoding: written.prefix(200), as: UTF8.self))")
            _ = IncomingMessage.decode(value)
        }
    }
    check(framer.pendingByteCount <= stream.count, "the framer holds more bytes than it was given")
    return 0
}
