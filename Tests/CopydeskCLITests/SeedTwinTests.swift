import CopydeskCore
import CopydeskFiles
import Foundation
import Testing

/// The repository's `seeds/` folder.
private let seedsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("seeds").path
private let seedName = "000_c135a5b18fca3822.txt"
private let twinName = "c135a5b18fca3822.news.md"

private func read(_ name: String) throws -> SourceText {
    try ArticleReader.read(Paths.join(seedsFolder, name)).get()
}

/// The twin's prose (markup blanked by the parser) is the seed's text, word for word.
@Test func seedTwinKeepsTheSeedText() throws {
    let seed = try read(seedName)
    let twin = try read(twinName)
    let syntax = ArticleParser.parse(twin, kind: .annotated)
    let squeeze = { (s: String) in String(s.unicodeScalars.filter { !$0.properties.isWhitespace }) }
    #expect(squeeze(String(decoding: syntax.prose, as: UTF8.self)) == squeeze(seed.string))
    // The seed itself stays byte for byte as given (when the shared copy is at hand).
    let shared = URL(fileURLWithPath: seedsFolder).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/seeds/\(seedName)").path
    if let original = try? ArticleReader.readBytes(shared).get() {
        #expect(try ArticleReader.readBytes(Paths.join(seedsFolder, seedName)).get() == original)
    }
}

/// The twin uses every element of the format.
@Test func seedTwinUsesEveryElement() throws {
    let s = ArticleParser.parse(try read(twinName), kind: .annotated)
    let keys = Set((s.frontMatter?.entries ?? []).map(\.key))
    #expect(keys.isSuperset(of: FrontMatter.knownKeys), "\(keys)")
    #expect(s.entityDefinitions.contains { Set($0.fields.map(\.key)) == EntityDefinition.knownFields })
    #expect(
        s.entityMentions.contains { $0.surfaceRange != nil } && s.entityMentions.contains { $0.surfaceRange == nil })
    // continuation lines
    #expect(s.sourceDefinitions.count >= 2 && s.sourceDefinitions.contains { $0.text.count > 100 })
    #expect(Set(s.citations.map(\.id)) == Set(s.sourceDefinitions.map(\.id)))
    #expect(!s.links.isEmpty && !s.headings.isEmpty)
    #expect(Set(s.suppressions.map(\.kind)) == [.nextLine, .disable, .enable])
    #expect(s.suppressions.filter { $0.kind != .enable }.allSatisfy { ($0.reason ?? "").count > 10 })
    #expect(s.problems.isEmpty, "\(s.problems)")
}

/// Linting seeds/ (its own workspace): every entity and source of the twin is defined, used, and defined once.
@Test func seedTwinHasItsEntitiesAndSourcesDefined() throws {
    let r = try Binary.run(
        [
            "lint", "--format", "json", "--fail-on", "never", "--rule",
            "undefined-entity,undefined-source,duplicate-definition,unused-source,invalid-syntax", "seeds",
        ],
        cwd: URL(fileURLWithPath: seedsFolder).deletingLastPathComponent().path)
    let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    let files = (json["files"] as! [[String: Any]]).map { $0["path"] as! String }
    #expect(files.contains("seeds/\(twinName)") && files.contains("seeds/\(seedName)"))
    #expect((json["diagnostics"] as! [[String: Any]]).isEmpty, "\(r.stdout)")
    #expect(r.status == 0)
}
