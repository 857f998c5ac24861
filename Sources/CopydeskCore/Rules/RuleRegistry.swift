/// Every lint rule, one line each. Order here is the order rules run (output is sorted anyway).
public enum RuleRegistry {
    public static let all: [any Rule] = [
        InvalidSyntaxRule(),
        UndefinedEntityRule(),
        UndefinedSourceRule(),
        DuplicateDefinitionRule(),
        UnusedSourceRule(),
        UnsourcedClaimRule(),
        UnattributedQuoteRule(),
        VagueAttributionRule(),
        UnidentifiedSpeakerRule(),
        AmbiguousSpeakerRule(),
    ]

    public static func rule(withID id: String) -> (any Rule)? { all.first { $0.id == id } }
    public static var ids: [String] { all.map(\.id) }
}
