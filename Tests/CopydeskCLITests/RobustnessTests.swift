import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `copydesk lint` over a folder of hostile files must finish (no hang on a FIFO or a symlink loop), name
/// every file it could not read and why, and still lint the readable ones.
@Suite struct CLIRobustnessTests {
    /// Runs the binary with a deadline; nil if it had to be killed.
    func run(_ args: [String], cwd: String, timeout: Double = 60) throws -> (
        status: Int32, stdout: String, stderr: String
    )? {
        guard let path = Binary.path else {
            Issue.record("the copydesk binary was not found (swift build)")
            return nil
        }
        let out = Pipe()
        let err = Pipe()
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: cwd)
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = ReadAll(out.fileHandleForReading)
        let e = ReadAll(err.fileHandleForReading)
        let deadline = Date().addingTimeInterval(timeout)
        while p.isRunning && Date() < deadline { usleep(10_000) }
        if p.isRunning {
            p.terminate()
            p.waitUntilExit()
            return nil
        }
        return (p.terminationStatus, o.text(), e.text())
    }

    /// Drains a pipe on its own thread (so a chatty child never blocks on a full pipe).
    final class ReadAll: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)
        init(_ h: FileHandle) {
            Thread { [self] in
                data = h.readDataToEndOfFile()
                done.signal()
            }.start()
        }
        func text() -> String {
            done.wait()
            return String(decoding: data, as: UTF8.self)
        }
    }

    @Test func hostileFolderFinishesAndNamesEveryUnreadableFile() throws {
        let t = TempFolder(
            [
                "good.news.md":
                    "# Good “story” 😀\r\n\r\n[Jack Ma][@jack-ma] met [@jack-ma].\r\n\r\n[@jack-ma]: Jack Ma\r\n  type: person\r\n",
                "sub/story.news.md": "# Story\n\nMa met [@jack-ma].\n",
            ],
            bytes: ["invalid.news.md": Array("Text ".utf8) + [0xFF, 0xC3, 0x28] + Array(" bad\n".utf8)])
        t.link("self.news.md", to: "self.news.md")
        t.link("ping.news.md", to: "pong.news.md")
        t.link("pong.news.md", to: "ping.news.md")
        t.link("sub/up", to: "..")
        t.link("sub/deeper/loop", to: "../..")
        t.write("dir.news.md/", [])
        #expect(mkfifo(t.url("pipe.news.md"), 0o644) == 0)
        // One byte over the 64 MB limit: refused from its size, never read whole.
        let fd = open(t.url("huge.news.md"), O_CREAT | O_WRONLY, 0o644)
        #expect(fd >= 0 && ftruncate(fd, off_t(64 << 20) + 1) == 0)
        close(fd)

        guard let r = try run(["lint", "."], cwd: t.path) else {
            Issue.record("copydesk lint did not finish within 60 s")
            return
        }
        #expect(r.status == 2, "status \(r.status)\n\(r.stdout)\n\(r.stderr)")
        for (file, reason) in [
            ("invalid.news.md", "not valid UTF-8"), ("huge.news.md", "too large"),
            ("self.news.md", "symbolic link"), ("ping.news.md", "symbolic link"),
        ] {
            #expect(
                r.stderr.split(separator: "\n").contains { $0.contains(file) && $0.contains(reason) },
                "stderr does not say '\(file): …\(reason)…':\n\(r.stderr)")
        }
        // The readable articles were linted, and resolve against each other (no undefined entity).
        #expect(!r.stdout.contains("undefined-entity"), "\(r.stdout)")
        #expect(!r.stdout.contains("pipe.news.md") && !r.stderr.contains("pipe.news.md"), "a FIFO is not an article")
        // Naming the FIFO explicitly reads it, as `copydesk lint <(git show …)` needs; with no writer it is
        // an empty text at once (no hang).
        guard let f = try run(["lint", "pipe.news.md", "good.news.md"], cwd: t.path, timeout: 30) else {
            Issue.record("copydesk lint pipe.news.md did not finish within 30 s (blocked opening a FIFO)")
            return
        }
        #expect(f.status == 0 && f.stderr.isEmpty, "\(f.status)\n\(f.stdout)\n\(f.stderr)")
        // With a writer, its text is linted under the name given.
        let pipePath = t.url("pipe.news.md")
        let writer = Thread {
            let w = open(pipePath, O_WRONLY)
            let text = Array("# “Zoë” 😀\r\n\r\nMet [@ghost] on Monday.\r\n".utf8)
            _ = text.withUnsafeBytes { write(w, $0.baseAddress!, $0.count) }
            close(w)
        }
        writer.start()
        guard let g = try run(["lint", "pipe.news.md"], cwd: t.path, timeout: 30) else {
            Issue.record("FIFO with a writer: no finish")
            return
        }
        #expect(
            g.status == 1 && g.stdout.contains("pipe.news.md:3:7:") && g.stdout.contains("undefined-entity"),
            "\(g.status)\n\(g.stdout)\n\(g.stderr)")
    }
}
