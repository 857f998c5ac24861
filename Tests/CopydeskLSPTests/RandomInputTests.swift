import CopydeskCore
import Foundation
import Testing

@testable import CopydeskLSP

/// A short in-process fuzz: mutated message streams through the framer and the server, then the server
/// must still answer a well-formed request. (Long runs are the libFuzzer target's job; this keeps every
/// `swift test` honest about traps.)
@Suite struct RandomInputTests {
    static let seeds: [String] = [
        #"{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///ws/a.news.md"},"position":{"line":0,"character":3}}}"#,
        #"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///ws/a.news.md","version":3},"contentChanges":[{"range":{"start":{"line":0,"character":1},"end":{"line":2,"character":0}},"text":"[@x] 😀\r\n"}]}}"#,
        #"{"jsonrpc":"2.0","id":2,"method":"textDocument/completion","params":{"textDocument":{"uri":"file:///ws/a.news.md"},"position":{"line":0,"character":2}}}"#,
        #"{"jsonrpc":"2.0","id":3,"method":"textDocument/rename","params":{"textDocument":{"uri":"file:///ws/a.news.md"},"position":{"line":0,"character":3},"newName":"y"}}"#,
        #"{"jsonrpc":"2.0","id":4,"method":"textDocument/semanticTokens/range","params":{"textDocument":{"uri":"file:///ws/a.news.md"},"range":{"start":{"line":9,"character":0},"end":{"line":0,"character":0}}}}"#,
        #"{"jsonrpc":"2.0","id":5,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///ws/a.news.md"},"range":{"start":{"line":0,"character":0},"end":{"line":5,"character":0}},"context":{"diagnostics":[]}}}"#,
        #"{"jsonrpc":"2.0","id":6,"method":"workspace/symbol","params":{"query":"j"}}"#,
        #"{"jsonrpc":"2.0","id":7,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"file:///ws/a.news.md"}}}"#,
        #"{"jsonrpc":"2.0","id":8,"method":"textDocument/references","params":{"textDocument":{"uri":"file:///ws/a.news.md"},"position":{"line":0,"character":3},"context":{"includeDeclaration":true}}}"#,
    ]

    @Test func mutatedStreamsNeverBreakTheServer() {
        var rng = SplitMix(seed: 7)
        let c = TestClient(["a.news.md": "[@jack-ma] “Hi” 😀[^r]\r\n\r\n[^r]: R\n[@jack-ma]: Jack Ma\n  type: person\n"])
        let alphabet = Array("{}[]\":,0123456789-.eE \\u😀é\r\nContent-Length: null true".utf8)
        var framer = MessageFramer(maxContentLength: 1 << 16)
        // COPYDESK_RANDOM_ITERATIONS raises the count for a longer local run.
        let iterations = Int(ProcessInfo.processInfo.environment["COPYDESK_RANDOM_ITERATIONS"] ?? "") ?? 3000
        for _ in 0..<iterations {
            var body = Array(Self.seeds[Int(rng.next() % UInt64(Self.seeds.count))].utf8)
            for _ in 0..<Int(rng.next() % 4) {
                let i = Int(rng.next() % UInt64(body.count))
                switch rng.next() % 4 {
                case 0: body[i] = alphabet[Int(rng.next() % UInt64(alphabet.count))]
                case 1: body.insert(alphabet[Int(rng.next() % UInt64(alphabet.count))], at: i)
                case 2: body.remove(at: i)
                default: body.replaceSubrange(i..<min(body.count, i + 8), with: Array(body[0..<min(body.count, 8)]))
                }
            }
            var frame = Array("Content-Length: \(body.count + Int(rng.next() % 3) - 1)\r\n\r\n".utf8) + body
            if rng.next() % 10 == 0 { frame = Array(frame.prefix(Int(rng.next() % UInt64(frame.count)))) }
            var k = 0
            while k < frame.count {
                let n = 1 + Int(rng.next() % 64)
                for e in framer.feed(frame[k..<min(frame.count, k + n)]) {
                    if case .body(let b) = e { c.server.receive(body: b) }
                }
                k += n
            }
        }
        // Still alive and answering, and the document text is valid UTF-8 with sane line starts.
        let r = c.request("workspace/symbol", ["query": ""])
        #expect(r["result"].exists)
        // Most frames reached the server and were answered (results, errors, parse errors).
        let answered = c.received.filter { $0["result"].exists || $0["error"].exists }.count
        #expect(answered > iterations / 3, "\(answered)")
        if let d = c.server.documents[DocumentID(TestClient.uri("a.news.md"))] {
            #expect(SourceText.isValidUTF8(d.text.bytes))
            #expect(d.text.lineStarts.first == 0)
        }
    }
}
