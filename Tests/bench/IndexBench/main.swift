// Benchmark of the workspace index alone (no server, no pipes): build time and memory for N articles,
// then the per-keystroke update of one article while an older snapshot is still alive (as the server
// keeps one for background work), and the references query. Prints figures; asserts nothing.
//
//   swift run -c release copydesk-index-bench [--articles 10000] [--entities 100] [--keystrokes 2000]
import CopydeskCore
import Dispatch

#if canImport(Glibc)
    import Glibc
#endif

func argument(_ name: String, _ fallback: Int) -> Int {
    let args = CommandLine.arguments
    guard let i = args.firstIndex(of: name), i + 1 < args.count, let v = Int(args[i + 1]) else { return fallback }
    return v
}

func rssMB() -> Double {
    #if os(Linux)
        guard let f = fopen("/proc/self/status", "r") else { return .nan }
        defer { fclose(f) }
        var line = [CChar](repeating: 0, count: 256)
        while fgets(&line, 256, f) != nil {
            let s = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if s.hasPrefix("VmRSS:") {
                return Double(s.split(separator: " ")[1]).map { $0 / 1024 } ?? .nan
            }
        }
    #endif
    return .nan
}

/// `v` with `digits` decimals (no Foundation here).
func f(_ v: Double, _ digits: Int = 3) -> String {
    guard v.isFinite else { return "\(v)" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let n = Int((v * scale).rounded())
    let whole = String(n / Int(scale))
    guard digits > 0 else { return whole }
    let frac = String(n % Int(scale))
    return whole + "." + String(repeating: "0", count: digits - frac.count) + frac
}

func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

/// CPU time of this process in ns (user + system): steadier than wall time on a shared machine.
func cpu() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

func percentile(_ xs: [UInt64], _ p: Double) -> Double {
    let s = xs.sorted()
    return Double(s[min(s.count - 1, Int((p / 100 * Double(s.count - 1)).rounded()))]) / 1e6
}

let articles = argument("--articles", 10000)
let entities = argument("--entities", 100)
let keystrokes = argument("--keystrokes", 2000)
let poolSize = 400
let ids = (0..<poolSize).map { "person-\($0)" }

func summary(_ path: String, _ text: String) -> FileSummary {
    FileSummary(syntax: ArticleParser.parse(SourceText(text), kind: .annotated), document: DocumentID(path))
}

var rng = SystemRandomNumberGenerator()
let rss0 = rssMB()
var t = now()
var c = cpu()
var summaries: [FileSummary] = []
for k in stride(from: 0, to: poolSize, by: 20) {
    let defs = (k..<k + 20).map { "[@\(ids[$0])]: Person Number\($0)\n  type: person\n  aliases: Number\($0)\n" }
    summaries.append(
        summary("file:///ws/people/p\(k / 20).news.md", "---\ntitle: People\n---\n" + defs.joined(separator: "\n")))
}
for i in 0..<articles {
    var body = "---\ntitle: Article \(i)\n---\n# Article \(i)\n"
    for _ in 0..<12 {
        let id = ids[Int.random(in: 0..<poolSize, using: &rng)]
        body += "Some prose about [Person \(id)][@\(id)] said 12 things in 2024.[^s1]\n\n"
    }
    body += "See [@local-\(i)].\n\n[^s1]: A source\n\n[@local-\(i)]: Local Entity \(i)\n  type: organization\n"
    summaries.append(summary("file:///ws/d\(i / 500)/a\(i).news.md", body))
}
let tParse = now() - t
let cParse = cpu() - c
t = now()
c = cpu()
var index = WorkspaceIndex(summaries: summaries)
let tIndex = now() - t
let cIndex = cpu() - c
summaries = []
let rss1 = rssMB()
print("articles: \(articles) (+\(poolSize / 20) people files); \(index.allEntityIDs.count) entity ids")
print(
    "parse + summarize: \(f(Double(tParse) / 1e6, 0)) ms (cpu \(f(Double(cParse) / 1e6, 0)) ms); "
        + "build index: \(f(Double(tIndex) / 1e6, 0)) ms (cpu \(f(Double(cIndex) / 1e6, 0)) ms)")
print("RSS: \(f(rss0, 0)) MB before, \(f(rss1, 0)) MB with the index built (summaries only held by it)")

// The edited article: mentions `entities` different ids, defines one entity at its end; each keystroke
// types above the definition (its position moves, so the file's definitions key changes every time).
let mentionLines = (0..<entities).map { "[Person \(ids[$0 % poolSize])][@\(ids[$0 % poolSize])] spoke again." }
let tail = "\n\n" + mentionLines.joined(separator: "\n\n") + "\n\n[@edited-local]: Edited Local\n  type: organization\n"
let editedID = "file:///ws/edited.news.md"
var typed = "Typed: "
index.replace(summary(editedID, "---\ntitle: Edited\n---\n" + typed + tail))
var update: [UInt64] = []
var snapshots: [WorkspaceIndex] = []
for k in 0..<keystrokes {
    typed += "x"
    let s = summary(editedID, "---\ntitle: Edited\n---\n" + typed + tail)
    snapshots.append(index)  // an older snapshot still in use elsewhere
    if snapshots.count > 2 { snapshots.removeFirst() }
    t = now()
    index.replace(s)
    update.append(now() - t)
    if k % 50 == 49 {  // every 50th keystroke also adds and removes a mention (a new id mentioned)
        let s2 = summary(editedID, "---\ntitle: Edited\n---\n" + typed + " [@local-\(k % max(1, articles))]" + tail)
        t = now()
        index.replace(s2)
        update.append(now() - t)
    }
}
print(
    "keystroke index update (\(entities) entities, snapshot held): p50 \(f(percentile(update, 50))) ms"
        + "  p99 \(f(percentile(update, 99))) ms  max \(f(percentile(update, 100))) ms  n \(update.count)")

var query: [UInt64] = []
var found = 0
for k in 0..<500 {
    t = now()
    found = index.mentions(ofEntity: ids[k % 20]).count
    query.append(now() - t)
}
print(
    "mentions(ofEntity:) (\(found) locations): p50 \(f(percentile(query, 50))) ms  p99 \(f(percentile(query, 99))) ms")
var near: [UInt64] = []
for k in 0..<500 {
    t = now()
    found = index.entityIDs(near: "persn-\(k % 400)").count
    near.append(now() - t)
}
print("entityIDs(near:) (\(found) candidates): p50 \(f(percentile(near, 50))) ms  p99 \(f(percentile(near, 99))) ms")
