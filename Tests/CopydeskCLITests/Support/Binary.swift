import Foundation
import Testing

/// The built `copydesk` executable, found next to the test bundle (`swift test` builds every product
/// into the same folder), else under any `.build*/` scratch folder of this package (newest first),
/// else `$COPYDESK_BINARY`. Tests fail (not skip) when it is missing.
enum Binary {
    static let path: String? = locate()

    static func locate() -> String? {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["COPYDESK_BINARY"], fm.isExecutableFile(atPath: env) {
            return env
        }
        var candidates: [String] = []
        // 1. The folder of the running test executable (…/debug/copydeskPackageTests.xctest).
        if let exe = try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
            for _ in 0..<4 {
                candidates.append(dir.appendingPathComponent("copydesk").path)
                dir = dir.deletingLastPathComponent()
            }
        }
        for b in Bundle.allBundles {
            candidates.append(b.bundleURL.deletingLastPathComponent().appendingPathComponent("copydesk").path)
        }
        if let found = candidates.first(where: { fm.isExecutableFile(atPath: $0) && !isDirectory($0) }) { return found }
        // 2. Any scratch folder of this package.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        var found: [(String, Date)] = []
        for entry in (try? fm.contentsOfDirectory(atPath: root.path)) ?? [] where entry.hasPrefix(".build") {
            for sub in [
                "debug", "release", "x86_64-unknown-linux-gnu/debug", "aarch64-unknown-linux-gnu/debug",
                "arm64-apple-macosx/debug",
            ] {
                let p = root.appendingPathComponent(entry).appendingPathComponent(sub).appendingPathComponent(
                    "copydesk"
                ).path
                if fm.isExecutableFile(atPath: p), !isDirectory(p),
                    let date = (try? fm.attributesOfItem(atPath: p))?[.modificationDate] as? Date
                {
                    found.append((p, date))
                }
            }
        }
        return found.max { $0.1 < $1.1 }?.0
    }

    private static func isDirectory(_ p: String) -> Bool {
        var d: ObjCBool = false
        return FileManager.default.fileExists(atPath: p, isDirectory: &d) && d.boolValue
    }

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        var stdoutLines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) }
    }

    /// Runs `copydesk ARGS` in `cwd`, feeding `stdin`. Output goes through temp files (no pipe deadlock).
    static func run(
        _ arguments: [String], cwd: String, stdin: [UInt8] = [],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Result {
        guard let path else {
            Issue.record("the copydesk binary was not found (build it: swift build)", sourceLocation: sourceLocation)
            throw CancellationError()
        }
        let tmp = NSTemporaryDirectory() + "copydesk-run-" + UUID().uuidString
        let outPath = tmp + ".out"
        let errPath = tmp + ".err"
        let inPath = tmp + ".in"
        precondition(FileManager.default.createFile(atPath: outPath, contents: nil), "cannot create a temp file")
        precondition(FileManager.default.createFile(atPath: errPath, contents: nil), "cannot create a temp file")
        precondition(FileManager.default.createFile(atPath: inPath, contents: Data(stdin)), "cannot create a temp file")
        defer { for p in [outPath, errPath, inPath] { try? FileManager.default.removeItem(atPath: p) } }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = arguments
        p.currentDirectoryURL = URL(fileURLWithPath: cwd)
        p.standardInput = FileHandle(forReadingAtPath: inPath)
        p.standardOutput = FileHandle(forWritingAtPath: outPath)
        p.standardError = FileHandle(forWritingAtPath: errPath)
        try p.run()
        p.waitUntilExit()
        let out = String(decoding: FileManager.default.contents(atPath: outPath) ?? Data(), as: UTF8.self)
        let err = String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self)
        return Result(status: p.terminationStatus, stdout: out, stderr: err)
    }
}
