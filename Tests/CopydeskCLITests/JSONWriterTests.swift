import CopydeskJSON
import Foundation
import Testing

@testable import CopydeskCLI

/// Every string survives JSONWriter → JSONSerialization unchanged (escapes, controls, non-ASCII).
@Test func jsonWriterEscapesStringsSoTheyRoundTrip() throws {
    let samples = [
        "plain", "quote \" and \\ backslash", "tab\tnew\nline\r\u{1}\u{1F}\u{7F}", "“Zoë” 😀 👩‍👩‍👧", "", "\"", "end\\",
    ]
    var w = JSONWriter(pretty: false)
    w.beginObject()
    w.key("items")
    w.beginArray()
    for s in samples { w.value(s) }
    w.endArray()
    w.field("n", -3)
    w.field("ok", true)
    w.endObject()
    let bytes = w.finish()
    let object = try JSONSerialization.jsonObject(with: Data(bytes)) as! [String: Any]
    #expect(object["items"] as? [String] == samples)
    #expect(object["n"] as? Int == -3 && object["ok"] as? Bool == true)
    #expect(String(decoding: bytes, as: UTF8.self).hasPrefix(#"{"items":["plain","quote \" and \\ backslash","tab\t"#))
}

/// Integers are printed digit by digit (no String in between): the extremes round-trip through both
/// printers and the parser.
@Test func integersPrintExactly() throws {
    let values = [0, 7, -7, 9, 10, -10, 99, 100, 123_456_789, Int.max, Int.min, Int.min + 1]
    for v in values {
        #expect(String(decoding: JSONValue.int(v).serialized(), as: UTF8.self) == String(v))
        var w = JSONWriter(pretty: false)
        w.value(v)
        #expect(String(decoding: w.bytes, as: UTF8.self) == String(v))
        #expect(try JSONParser.parse(String(v)) == .int(v) || v == Int.min)
    }
    #expect(String(decoding: JSONValue.array([nil, true, false]).serialized(), as: UTF8.self) == "[null,true,false]")
}
