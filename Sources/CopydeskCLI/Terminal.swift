import CopydeskFiles
import Dispatch
import Synchronization

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing to the standard streams (`StandardStreams.write`: the whole text, unbuffered), and what a terminal shows.
enum Terminal {
    static func write(_ bytes: [UInt8], to fd: Int32) { StandardStreams.write(bytes, to: fd) }
    static func out(_ s: String) { write(Array(s.utf8), to: 1) }
    static func err(_ s: String) { write(Array(s.utf8), to: 2) }
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// `s` cut or padded with spaces to `width` characters, as Foundation's `padding(toLength:withPad:startingAt:)`
    /// does for the ASCII names of the CLI's columns (help, rules, analyze). Why not that: the CLI imports
    /// FoundationEssentials only, so that no run loads Foundation.
    static func padded(_ s: String, to width: Int) -> String {
        String(s.prefix(width)) + String(repeating: " ", count: max(0, width - s.count))
    }
}

/// "copydesk: 120/840 files" on stderr, redrawn at most ten times a second; erased by `finish`.
final class ProgressLine: Sendable {
    private struct State {
        var done = 0
        var lastDraw: UInt64 = 0
        var drawn = false
    }
    private let state = Locked(State())
    private let total: Int
    private let label: String

    init(label: String, total: Int) {
        self.label = label
        self.total = total
    }

    func tick() {
        state.withLock { s in
            s.done += 1
            let now = DispatchTime.now().uptimeNanoseconds
            if now - s.lastDraw >= 100_000_000 || s.done == total {
                s.lastDraw = now
                s.drawn = true
                Terminal.err("\r\u{1B}[Kcopydesk: \(label) \(s.done)/\(total) files")
            }
        }
    }

    func finish() {
        state.withLock { s in
            if s.drawn { Terminal.err("\r\u{1B}[K") }
        }
    }
}

/// ANSI colours for output read in a terminal: on only when the stream is a terminal, `NO_COLOR` is unset and
/// `TERM` is not `dumb` (so pipes, files and CI logs get plain text).
public struct Palette: Sendable {
    public let enabled: Bool

    public init(enabled: Bool) { self.enabled = enabled }

    static func forStream(_ fd: Int32) -> Palette {
        let env = ProcessInfo.processInfo.environment
        return Palette(enabled: Terminal.isTerminal(fd) && env["NO_COLOR"] == nil && env["TERM"] != "dumb")
    }

    public enum Style: String, Sendable {
        case bold = "1"
        case dim = "2"
        case red = "31"
        case green = "32"
        case yellow = "33"
        case blue = "34"
        case magenta = "35"
        case cyan = "36"
    }

    public func paint(_ s: String, _ style: Style) -> String {
        enabled ? "\u{1B}[\(style.rawValue)m\(s)\u{1B}[0m" : s
    }
}
