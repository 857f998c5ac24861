import Foundation
import Testing

@testable import CopydeskLSP

@Suite struct ProtocolNotesTests {
    /// protocol-notes.md at the top of the repository must name every handled method as `method`.
    @Test func everyHandledMethodIsDocumented() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let notes = try String(contentsOf: root.appendingPathComponent("protocol-notes.md"), encoding: .utf8)
        let missing = Server.handledMethods.filter { !notes.contains("`\($0)`") }
        #expect(missing.isEmpty, "undocumented methods: \(missing)")
        #expect(Server.handledMethods.count >= 25)
    }
}
