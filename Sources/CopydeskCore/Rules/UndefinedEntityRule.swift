/// `undefined-entity` (error): An entity mention whose id is defined in no article of the workspace.
///
/// What it detects, why it matters, examples that fire and that do not, and how to fix it: `documentation`
/// at the end of this file, the one source of `copydesk explain undefined-entity` and of the hover text.
public struct UndefinedEntityRule: Rule {
    public init() {}
    public let id = "undefined-entity"
    public let readsWorkspaceIndex = true
    public let defaultSeverity = Severity.error
    public let readsAnalysis = false

    public func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let local = Set(context.syntax.entityDefinitions.map(\.id))
        for m in context.syntax.entityMentions
        where !m.id.isEmpty && !local.contains(m.id) && !context.index.isEntityDefined(m.id) {
            let near = nearestDefinedID(to: m.id, in: context).map { " Did you mean '\($0)'?" } ?? ""
            diagnostics.append(
                context.diagnostic(
                    self,
                    "Entity '\(m.id)' is not defined in any article.\(near) Add a definition such as '[@\(m.id)]: Full Name' with a 'type:' line.",
                    at: m.idRange, fixes: [.defineEntity(id: m.id)]))
        }
    }

    /// A defined id within edit distance 2, for the "did you mean" hint.
    private func nearestDefinedID(to id: String, in context: RuleContext) -> String? {
        let candidates = Set(context.index.entityIDs(near: id)).union(context.syntax.entityDefinitions.map(\.id))
        var best: (String, Int)? = nil
        for c in candidates where abs(c.count - id.count) <= 2 {
            let d = editDistance(Array(c.utf8), Array(id.utf8))
            if d <= 2, best == nil || d < best!.1 || (d == best!.1 && c < best!.0) { best = (c, d) }
        }
        return best?.0
    }
}

/// Levenshtein distance on bytes.
func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var prev = Array(0...b.count)
    var cur = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        cur[0] = i
        for j in 1...b.count {
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&prev, &cur)
    }
    return prev[b.count]
}

extension UndefinedEntityRule {
    public var documentation: RuleDocumentation { Self.documentation }

    public static let documentation = RuleDocumentation(
        summary: "An entity mention whose id is defined in no article of the workspace.",
        detects:
            "A mention `[text][@id]` or `[@id]` whose id has no `[@id]: Name` definition in any article of the workspace (the folder holding .copydesk.json, else the git root).",
        rationale:
            "A mention that points nowhere gives readers and tools no one to look up; it is usually a typo in the id or a definition that was never written.",
        fires: [RuleExample("[Jack Ma][@jak-ma] met investors.\n\n[@jack-ma]: Jack Ma\n  type: person\n")],
        quiet: [RuleExample("[Jack Ma][@jack-ma] met investors.\n\n[@jack-ma]: Jack Ma\n  type: person\n")],
        fix:
            "Correct the id, or define the entity once in any article of the workspace: `[@id]: Display Name` with indented `type:`, `description:`, `aliases:` and `same-as:` lines. The editor's quick fix adds a stub definition."
    )
}
