import CopydeskCore
import CopydeskFiles

/// `file://` URIs ↔ paths (through `CopydeskFiles.FileURI`, as the CLI's SARIF output). Documents are
/// keyed by a canonical URI (decoded then re-encoded one way), so `file:///a%20b.news.md` from the
/// client and `/a b.news.md` from discovery meet.
public enum DocumentURI {
    /// The path of a `file:` URI, or nil for other schemes (`untitled:`…).
    public static func path(_ uri: String) -> String? { FileURI.path(fromURI: uri) }

    public static func fromPath(_ path: String) -> String { FileURI.uri(forPath: path) }

    /// The canonical form used as `DocumentID`.
    public static func canonical(_ uri: String) -> String {
        if FileURI.isCanonical(uri) { return uri }
        if let p = path(uri) { return fromPath(p) }
        return uri
    }
}
