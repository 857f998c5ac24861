import CopydeskCore
import CopydeskFiles
import Foundation
import Synchronization
import Testing

@testable import CopydeskFiles

/// Decodes `bytes` and checks the text, or the invalid-UTF-8 position (1-based line, 1-based byte column, offset).
private func check(
    _ bytes: [UInt8], text: String? = nil, invalidAt: (line: Int, column: Int, offset: Int)? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    switch ArticleReader.decode(bytes, path: "f.news.md") {
    case .success(let t):
        #expect(invalidAt == nil, "expected invalid UTF-8", sourceLocation: sourceLocation)
        #expect(t.string == text, sourceLocation: sourceLocation)
    case .failure(let e):
        guard let invalidAt else {
            Issue.record("unexpected \(e)", sourceLocation: sourceLocation)
            return
        }
        #expect(
            e
                == .invalidUTF8(
                    path: "f.news.md", line: invalidAt.line, column: invalidAt.column, byteOffset: invalidAt.offset),
            sourceLocation: sourceLocation)
        #expect(
            e.description.hasPrefix(
                "f.news.md: not valid UTF-8 (first bad byte at line \(invalidAt.line), column \(invalidAt.column)"),
            sourceLocation: sourceLocation)
    }
}

@Test func decodingAcceptsUTF8AndPinpointsTheFirstBadByte() {
    let good = "Zoë said “hi” 😀\r\nMa’s"
    check(Array(good.utf8), text: good)
    check([0xEF, 0xBB, 0xBF] + Array("BOM dropped".utf8), text: "BOM dropped")
    // Latin-1 "é" (0xE9) on line 2 after a CRLF and an emoji: column counts bytes.
    check(Array("ok\r\n😀 caf".utf8) + [0xE9] + Array(" x".utf8), invalidAt: (2, 9, 12))
    check([0x41, 0xC0, 0x80], invalidAt: (1, 2, 1))  // overlong
    check(Array("a".utf8) + [0xED, 0xA0, 0x80], invalidAt: (1, 2, 1))  // UTF-16 surrogate
    check([0xF4, 0x90, 0x80, 0x80], invalidAt: (1, 1, 0))  // above U+10FFFF
    check(Array("12345678abcdefgh".utf8) + [0xE2, 0x80], invalidAt: (1, 17, 16))  // truncated at the end
}

@Test func readingReportsMissingFoldersAndUnreadableFilesAsValues() {
    let t = TempFolder(["a.txt": "Hello"], bytes: ["bad.txt": [0x48, 0xFF]])
    #expect((try? ArticleReader.read(t.url("a.txt")).get())?.string == "Hello")
    #expect(ArticleReader.read(t.url("nope.txt")) == .failure(.notFound(path: t.url("nope.txt"))))
    #expect(ArticleReader.read(t.path) == .failure(.isDirectory(path: t.path)))
    #expect(
        ArticleReader.read(t.url("bad.txt"))
            == .failure(.invalidUTF8(path: t.url("bad.txt"), line: 1, column: 2, byteOffset: 1)))
}

@Test func workspaceRootIsTheConfigurationFolderElseTheGitRootElseNone() {
    let t = TempFolder([
        "repo/.git/HEAD": "ref: x",
        "repo/ws/.copydesk.json": "{}",
        "repo/ws/deep/a.news.md": "",
        "repo/plain/b.news.md": "",
        "loose/c.news.md": "",
        "loose/c/d.news.md": "",
        "loose/c-old/e.news.md": "",
    ])
    #expect(WorkspaceRoot.find(for: t.url("repo/ws/deep/a.news.md")) == t.url("repo/ws"))
    #expect(WorkspaceRoot.find(for: t.url("repo/ws")) == t.url("repo/ws"))
    #expect(WorkspaceRoot.find(for: t.url("repo/plain/b.news.md")) == t.url("repo"))
    // Outside any repository (unless the temp folder itself is in one) there is no root.
    if WorkspaceRoot.find(for: t.path) == nil {
        #expect(WorkspaceRoot.find(for: t.url("loose/c.news.md")) == nil)
        #expect(
            WorkspaceRoot.roots(for: [t.url("loose/c.news.md"), t.url("repo/ws/deep")]) == [
                t.url("loose/c.news.md"), t.url("repo/ws"),
            ])
        // A path inside a root given too is dropped; one whose name only begins like the root's is not inside it.
        #expect(
            WorkspaceRoot.roots(for: [t.url("loose/c/d.news.md"), t.url("loose/c-old/e.news.md"), t.url("loose/c")])
                == [t.url("loose/c"), t.url("loose/c-old/e.news.md")])
    }
    #expect(WorkspaceRoot.roots(for: [t.url("repo/ws/deep/a.news.md"), t.url("repo/plain")]) == [t.url("repo")])
}

@Test func concurrentMapKeepsOrder() {
    let input = Array(0..<1000)
    #expect(concurrentMap(input, workers: 4) { $0 * 2 } == input.map { $0 * 2 })
    #expect(concurrentMap([Int](), workers: 4) { $0 }.isEmpty)
    // Every item is mapped exactly once, whatever the interleaving of the workers.
    let calls = Locked<[Int]>([])
    _ = concurrentMap(input, workers: 8) { i in calls.withLock { $0.append(i) } }
    #expect(calls.withLock { $0.sorted() } == input)
}

@Test func coresAllowedReadsTheAffinityMask() {
    #expect(coresAllowed(procStatus: "Name:\tcopydesk\nCpus_allowed:\t3\nCpus_allowed_list:\t0-1\n") == 2)
    #expect(coresAllowed(procStatus: "Cpus_allowed:\t1\n") == 1)  // taskset -c 0
    #expect(coresAllowed(procStatus: "Cpus_allowed:\tff,ffffff0f\n") == 36)
    #expect(coresAllowed(procStatus: "Name:\tx\n") == nil)
    #expect(availableCores >= 1 && availableCores <= ProcessInfo.processInfo.activeProcessorCount)
}

/// A NUL byte in the first 8 KB means binary (or UTF-16): refused with the offset, by the CLI and the
/// server alike (`LocalFileSystem` uses the same probe), never linted as text full of U+0000.
@Test func binaryAndUTF16FilesAreRefusedClearly() {
    func failure(_ bytes: [UInt8]) -> FileReadError? {
        if case .failure(let e) = ArticleReader.decode(bytes, path: "f.news.md") { return e }
        return nil
    }
    #expect(
        failure(Array("Zoë 😀 said".utf8) + [0] + Array("“x”".utf8))
            == .binary(path: "f.news.md", byteOffset: 14, utf16: false))
    #expect(
        failure([0xFF, 0xFE] + Array("José".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            == .binary(path: "f.news.md", byteOffset: 3, utf16: true))
    #expect(
        failure([0xFF, 0xFE, 0x41, 0x00])?.description
            == "f.news.md: looks like UTF-16 text (NUL byte at offset 3); save it as UTF-8")
    // Past the probe a NUL is only a control character in a long text (valid UTF-8): linted.
    let long = [UInt8](repeating: 0x61, count: ArticleReader.binaryProbeLength) + [0]
    #expect(failure(long) == nil)
}

/// The probe reads eight bytes at a time: the first NUL is found wherever it falls in a word, with high
/// bytes (UTF-8) around it, and none past the probe.
@Test func theBinaryProbeFindsTheFirstNulAtAnyOffset() {
    let n = ArticleReader.binaryProbeLength
    for at in Array(0..<24) + [n - 9, n - 8, n - 1, n] {
        var bytes = [UInt8](repeating: 0xC3, count: n + 16)
        for i in stride(from: 1, to: bytes.count, by: 2) { bytes[i] = 0xA9 }  // "é" repeated
        bytes[at] = 0
        if at + 3 < bytes.count { bytes[at + 3] = 0 }
        #expect(ArticleReader.binaryByteOffset(bytes) == (at < n ? at : nil), "\(at)")
        #expect(ArticleReader.binaryByteOffset(Array(bytes[0..<min(at, bytes.count)])) == nil)
    }
    #expect(ArticleReader.binaryByteOffset([]) == nil)
}

/// The first bad byte's line counts LF, CRLF and lone CR alike (as `SourceText` and editors do): a
/// CR-only file used to report line 1 for every bad byte.
@Test func invalidUTF8PositionsCountEveryLineTerminator() {
    for (eol, name) in [("\n", "LF"), ("\r\n", "CRLF"), ("\r", "CR")] {
        let bytes = Array("one\(eol)two\(eol)thr".utf8) + [0xFF] + Array("ee\(eol)".utf8)
        let offset = bytes.firstIndex(of: 0xFF)!
        guard case .failure(let e) = ArticleReader.decode(bytes, path: "x.txt") else {
            Issue.record("\(name): invalid UTF-8 accepted")
            continue
        }
        #expect(e == .invalidUTF8(path: "x.txt", line: 3, column: 4, byteOffset: offset), "\(name): \(e)")
    }
    // The server's reading repairs instead (and says so through `wasRepaired`).
    let repaired = try? ArticleReader.decode([0x61, 0xFF, 0x62], path: "x.txt", repairing: true).get()
    #expect(repaired?.wasRepaired == true && repaired?.string == "a\u{FFFD}b")
}

/// `copydesk lint -` whose standard input cannot be read (here: a folder) reports an error (exit 2),
/// instead of linting an empty article.
@Test func aFailedStdinReadIsAnError() throws {
    let binary = try #require(Binary.path)
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/sh")
    p.arguments = ["-c", "exec \"$0\" lint - --format json < /", binary]
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    #expect(p.terminationStatus == 2, "stdout: \(stdout) stderr: \(stderr)")
    #expect(stdout.contains("is a directory") || stderr.contains("is a directory"), "\(stdout) \(stderr)")
}
