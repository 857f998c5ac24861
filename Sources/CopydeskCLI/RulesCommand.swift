import CopydeskCore

/// `copydesk rules` (every rule, its default severity and summary) and `copydesk explain RULE` (the rule's
/// whole documentation). Both print the `RuleDocumentation` each rule holds in its own file.
enum RulesCommand {
    static let rulesHelp = """
        Usage: copydesk rules

        Lists every rule: its id, its default severity and what it flags. 'copydesk explain RULE' says more.

        """

    static let explainHelp = """
        Usage: copydesk explain RULE

        Prints what RULE detects, why it matters, examples that fire and examples that do not, and how to fix
        or suppress it. 'copydesk rules' lists the rule ids.

        """

    static func runRules(arguments: [String]) -> Int32 {
        if arguments.contains("-h") || arguments.contains("--help") {
            Terminal.out(rulesHelp)
            return 0
        }
        if let extra = arguments.first {
            Terminal.err("copydesk rules: unexpected argument '\(extra)'\n\n" + rulesHelp)
            return 2
        }
        Terminal.out(list())
        return 0
    }

    static func runExplain(arguments: [String]) -> Int32 {
        if arguments.contains("-h") || arguments.contains("--help") {
            Terminal.out(explainHelp)
            return 0
        }
        guard arguments.count == 1 else {
            let what = arguments.isEmpty ? "which rule? (a rule id)" : "one rule at a time"
            Terminal.err("copydesk explain: \(what)\n\n" + explainHelp)
            return 2
        }
        let id = arguments[0].lowercased()
        guard let rule = RuleRegistry.rule(withID: id) else {
            Terminal.err(
                "copydesk explain: unknown rule '\(arguments[0])' (known: \(RuleRegistry.ids.joined(separator: ", ")))\n"
            )
            return 2
        }
        Terminal.out(explain(rule))
        return 0
    }

    /// One line per rule: id, default severity, summary (the table `copydesk rules` prints).
    static func list() -> String {
        let width = RuleRegistry.ids.map(\.count).max() ?? 0
        var out = "\(pad("RULE", width))  \(pad("DEFAULT", 8))  SUMMARY\n"
        for r in RuleRegistry.all {
            out += "\(pad(r.id, width))  \(pad(r.defaultSeverity.displayName, 8))  \(r.summary)\n"
        }
        return out
    }

    /// The whole documentation of a rule, for a terminal (plain text, wrapped at 100 columns).
    static func explain(_ rule: any Rule) -> String {
        let d = rule.documentation
        var out = "\(rule.id) (default severity: \(rule.defaultSeverity.displayName))\n\n\(d.summary)\n"
        func section(_ title: String, _ body: String) {
            out += "\n\(title)\n" + wrap(body, indent: "  ", width: 100) + "\n"
        }
        func examples(_ title: String, _ list: [RuleExample]) {
            out += "\n\(title)\n"
            for (i, e) in list.enumerated() {
                if i > 0 { out += "\n" }
                for line in e.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
                    out += line.isEmpty ? "  |\n" : "  | \(line)\n"
                }
                if let note = e.note { out += wrap(note, indent: "  ", width: 100) + "\n" }
            }
        }
        section("What it detects", d.detects)
        section("Why it matters", d.rationale)
        examples("Fires on", d.fires)
        examples("Does not fire on", d.quiet)
        section("How to fix", d.fix)
        out += "\nHow to suppress\n"
        for line in RuleDocumentation.suppression(of: rule.id).split(separator: "\n") { out += "  \(line)\n" }
        return out
    }

    static func pad(_ s: String, _ n: Int) -> String {
        Terminal.padded(s, to: max(n, s.count))
    }

    /// Greedy word wrap (words longer than the width stand alone on their line).
    static func wrap(_ text: String, indent: String, width: Int) -> String {
        var lines: [String] = []
        var line = indent
        for word in text.split(separator: " ") {
            if line.count > indent.count && line.count + 1 + word.count > width {
                lines.append(line)
                line = indent
            }
            line += (line.count > indent.count ? " " : "") + word
        }
        if line.count > indent.count { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}
