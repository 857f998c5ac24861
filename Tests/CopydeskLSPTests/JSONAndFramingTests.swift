import CopydeskCore
import Testing

@testable import CopydeskLSP

@Suite struct JSONTests {
    /// Parse → write → parse gives the same value; `expect` is the parsed value.
    func check(_ text: String, _ expect: JSONValue, sourceLocation: SourceLocation = #_sourceLocation) {
        let v = try? JSONParser.parse(text)
        #expect(v == expect, sourceLocation: sourceLocation)
        if let v {
            #expect((try? JSONParser.parse(v.serialized())) == v, sourceLocation: sourceLocation)
            #expect((try? JSONParser.parse(v.serialized(sortedKeys: true))) == v, sourceLocation: sourceLocation)
        }
    }

    @Test func values() {
        check(
            #"{"a":[1,-2,3.5,1e3,true,false,null],"b":"x"}"#, ["a": [1, -2, 3.5, 1000.0, true, false, nil], "b": "x"])
        check(#""José “😀” \n\t\"\\\/ \u00e9 \ud83d\ude00 \u0001""#, .string("José “😀” \n\t\"\\/ é 😀 \u{01}"))
        check(#""lone \ud800 and \udc00""#, .string("lone \u{FFFD} and \u{FFFD}"))
        check("  {\"k\" : { } , \"l\":[ ]}\r\n", ["k": [:], "l": []])
        check("9007199254740993", .int(9_007_199_254_740_993))
    }

    @Test func malformedInputIsAnErrorNeverATrap() {
        let deep = String(repeating: "[", count: 100_000)
        for bad in [
            "", "{", "[1,]", "1e999", "[-1e400]", "{\"a\" 1}", "tru", "01", "1.", "-", "\"\u{01}\"", "\"\\x\"",
            "\"\\u12\"", "{} {}", deep, "nul", "\"abc",
        ] {
            #expect(throws: JSONParseError.self, "\(bad.prefix(20))") { try JSONParser.parse(bad) }
        }
    }
}

@Suite struct PrintedFragmentTests {
    @Test func aFragmentIsPrintedVerbatimAndReadsBack() throws {
        let message: JSONValue = ["id": 1, "result": .fragment(JSONFragment(bytes: Array(#"[{"a":"é\"x"},2]"#.utf8)))]
        #expect(String(decoding: message.serialized(), as: UTF8.self).contains(#""result":[{"a":"é\"x"},2]"#))
        #expect(try message.resolvingFragments() == ["id": 1, "result": [["a": "é\"x"], 2]])
        #expect(throws: JSONParseError.self) {
            try JSONValue.fragment(JSONFragment(bytes: Array("[1,".utf8))).resolvingFragments()
        }
    }

    /// The printed locations of references read back as the `Location` values the tree would have built,
    /// in both encodings, for URIs that need escaping and positions past non-ASCII text.
    @Test func printedLocationsEqualTheLocationTree() throws {
        let text = SourceText("Zoë 😀 [@a]\nsecond \"line\" [@a] [@a]")
        let docs = [DocumentID("file:///w/a%20b.news.md"), DocumentID("file:///w/quote\"d\\.md")]
        var locations: [SpanLocation] = []
        for d in docs {
            for r in [TextRange(12, 14), TextRange(31, 33), TextRange(36, 38)] {
                locations.append(text.location(r, in: d))
            }
        }
        for encoding in [PositionEncoding.utf8, .utf16] {
            var w = LocationsWriter(encoding: encoding)
            for l in locations { w.append(l) { $0.rawValue } }
            let tree: JSONValue = .array(
                locations.map { ["uri": .string($0.document.rawValue), "range": encoding.range($0)] })
            #expect(try w.finish().resolvingFragments() == tree)
        }
        #expect(try LocationsWriter(encoding: .utf16).finish().resolvingFragments() == [])
        // Rename's edits: the same ranges, each replaced by a text that needs escaping.
        for encoding in [PositionEncoding.utf8, .utf16] {
            var w = EditsWriter(encoding: encoding, newText: "a\"b")
            for l in locations { w.append(l) }
            let tree: JSONValue = .array(locations.map { ["range": encoding.range($0), "newText": "a\"b"] })
            #expect(try w.finish().resolvingFragments() == tree)
        }
    }
}

@Suite struct FramerTests {
    func frame(_ body: String) -> [UInt8] { Array("Content-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8) }

    @Test func partialAndMultipleMessages() {
        var f = MessageFramer()
        let a = frame(#"{"x":"😀"}"#)
        let b = frame("{}")
        var got: [MessageFramer.Event] = []
        for byte in a + b { got += f.feed([byte]) }
        #expect(got == [.body(Array(#"{"x":"😀"}"#.utf8)), .body(Array("{}".utf8))])
        #expect(
            f.feed(a + b + a) == [
                .body(Array(#"{"x":"😀"}"#.utf8)), .body(Array("{}".utf8)), .body(Array(#"{"x":"😀"}"#.utf8)),
            ])
        #expect(f.pendingByteCount == 0)
    }

    @Test func headersAreCaseInsensitiveAndContentTypeIsAccepted() {
        var f = MessageFramer()
        #expect(
            f.feed(Array("content-LENGTH: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}".utf8))
                == [.body(Array("{}".utf8))])
    }

    @Test func hugeOrBadLengthsAreRefusedAndTheStreamResynchronises() {
        var f = MessageFramer(maxContentLength: 1000)
        for bad in [
            "Content-Length: 1001\r\n\r\n", "Content-Length: 12x\r\n\r\nxx", "Content-Length:\r\n\r\n",
            "Foo: 1\r\n\r\n{}",
            "Content-Length: 99999999999999999999999\r\n\r\n",
        ] {
            let events = f.feed(Array(bad.utf8) + frame("{}"))
            #expect(events.count == 2, "\(bad)")
            if case .headerError? = events.first {} else { Issue.record("no header error for \(bad)") }
            #expect(events.last == .body(Array("{}".utf8)), "\(bad)")
        }
        // A header block that never ends is refused without growing without bound.
        let junk = [UInt8](repeating: UInt8(ascii: "a"), count: 20_000)
        let events = f.feed(junk)
        #expect(events.contains { if case .headerError = $0 { true } else { false } })
        #expect(f.feed(frame("{}")).last == .body(Array("{}".utf8)))
    }

    /// The framer remembers how far it scanned an unterminated header; wherever the reads split the
    /// stream (inside "\r\n\r\n", inside a bare "\n\n", in noise), the events are those of one big read.
    @Test func everySplitOfTheStreamGivesTheSameEvents() {
        let stream =
            Array("noise\r\n".utf8) + frame(#"{"a":"é"}"#)
            + Array("Content-Type: x\nContent-Length: 2\n\n{}".utf8)
            + Array("Content-Length: 3\r\n\n[1]".utf8) + frame("{}")
        var whole = MessageFramer()
        let expected = whole.feed(stream)
        #expect(expected.filter { if case .body = $0 { true } else { false } }.count == 4)
        for cut in 0...stream.count {
            var f = MessageFramer()
            let got = f.feed(stream[..<cut]) + f.feed(stream[cut...])
            #expect(got == expected, "split at \(cut)")
        }
        var f = MessageFramer()
        var got: [MessageFramer.Event] = []
        for byte in stream { got += f.feed([byte]) }
        #expect(got == expected)
    }

    @Test func unreadRecoversATruncatedBody() {
        var f = MessageFramer()
        f.append(Array("Content-Length: 30\r\n\r\n{\"a\"".utf8) + frame(#"{"id":1}"#) + frame(#"{"id":2}"#))
        guard case .body(let b)? = f.nextEvent() else {
            Issue.record("no body")
            return
        }
        #expect(b.count == 30)
        let at = MessageFramer.findContentLength(in: b[...], from: 1)!
        f.unread(Array(b[at...]))
        #expect(f.nextEvent() == .body(Array(#"{"id":1}"#.utf8)))
        #expect(f.nextEvent() == .body(Array(#"{"id":2}"#.utf8)))
    }
}

@Suite struct BlockingQueueTests {
    final class Payload: Sendable {}

    /// A popped item is released once its consumer is done with it, not when the queue is next compacted: a
    /// didOpen's text or a background job's document stayed alive there (and, shared, made the next edit copy
    /// a huge article's text instead of changing it in place).
    @Test func aPoppedItemIsNotKeptByTheQueue() {
        let queue = BlockingQueue<Payload>()
        weak var first: Payload?
        weak var second: Payload?
        do {
            let a = Payload()
            let b = Payload()
            first = a
            second = b
            queue.push([a, b])
        }
        do { _ = queue.pop() }
        #expect(first == nil, "the queue still holds an item it handed out, with one still queued")
        #expect(second != nil)
        do { _ = queue.pop() }
        #expect(second == nil, "the queue still holds the last item it handed out")
    }
}
