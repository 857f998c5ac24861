/// # CopydeskJSON — the one JSON implementation of Copydesk
///
/// Used by the CLI's reports (`JSONWriter`), `.copydesk.json` and client settings (`CopydeskFiles`'
/// `ConfigurationLoader`, which reads a `JSONValue`), and the server's JSON-RPC (`JSONValue` in, out).
///
/// Code map:
/// - `JSONValue.swift` — the value type (null, bool, int, double, string, array, object) with accessors,
///   and `fragment`: JSON text already printed, copied verbatim by the printer (large server answers).
/// - `JSONParser.swift` — a strict RFC 8259 parser over UTF-8 bytes; errors are values with the byte offset.
/// - `JSONValue+Printing.swift` — compact printing of a `JSONValue`, and `writeString`, the one string escaper.
/// - `JSONWriter.swift` — a streaming writer (keys in the order written, optional pretty printing) for
///   large reports built without an intermediate value.
///
/// Invariants:
/// - No Foundation: no `JSONSerialization`, no `[String: Any]`, no NSNumber bool/number confusion;
///   integers stay exact.
/// - Parsing never traps, whatever the bytes (depth-limited; fuzzed by `Tests/fuzz/run.sh framing`).
/// - What `JSONValue` prints parses back to an equal value (a fragment: to its `resolvingFragments()`).
public enum CopydeskJSONModule {}
