import CopydeskFiles
import Foundation

/// A temporary folder filled from a dictionary (relative path → text, or raw bytes), removed on deinit.
/// Paths ending in `/` make empty folders. Symlinks via `link(_:to:)`.
final class TempFolder {
    let path: String

    init(_ files: [String: String] = [:], bytes: [String: [UInt8]] = [:]) {
        let base = NSTemporaryDirectory() + "copydesk-cli-tests-" + UUID().uuidString
        // Resolve /tmp symlinks so paths compare equal to what the tool prints.
        try! FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        path = URL(fileURLWithPath: base).resolvingSymlinksInPath().path
        for (rel, text) in files { write(rel, Array(text.utf8)) }
        for (rel, b) in bytes { write(rel, b) }
    }

    func write(_ rel: String, _ bytes: [UInt8]) {
        let full = Paths.join(path, rel)
        if rel.hasSuffix("/") {
            try! FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: true)
            return
        }
        try! FileManager.default.createDirectory(atPath: Paths.parent(full), withIntermediateDirectories: true)
        precondition(FileManager.default.createFile(atPath: full, contents: Data(bytes)), "cannot create a temp file")
    }

    func write(_ rel: String, _ text: String) { write(rel, Array(text.utf8)) }

    /// Creates a symlink at `rel` pointing at `target` (written as given: relative or absolute).
    func link(_ rel: String, to target: String) {
        let full = Paths.join(path, rel)
        try! FileManager.default.createDirectory(atPath: Paths.parent(full), withIntermediateDirectories: true)
        try! FileManager.default.createSymbolicLink(atPath: full, withDestinationPath: target)
    }

    func url(_ rel: String) -> String { Paths.join(path, rel) }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
