import CopydeskCore
import Synchronization

/// Finds the configuration that governs a file: the nearest `.copydesk.json` in its folder or a
/// parent folder (else the defaults). Results are cached per folder; safe to share across threads.
///
/// `boundaries` (absolute folders): when set, the walk up never goes above the boundary that holds
/// the start folder (the server passes its workspace folders, so it never reads outside them).
public final class ConfigurationResolver: Sendable {
    public let defaults: Configuration
    public let boundaries: [String]
    private let cache = Locked<[String: Result<LoadedConfiguration, ConfigurationError>]>([:])

    public init(defaults: Configuration = .default, boundaries: [String] = []) {
        self.defaults = defaults
        self.boundaries = boundaries.map { Paths.absolute($0) }
    }

    /// The configuration for the file at `path` (absolute or relative to the current directory).
    public func configuration(forFile path: String) -> Result<LoadedConfiguration, ConfigurationError> {
        configuration(forFolder: Paths.parent(Paths.absolute(path)))
    }

    /// The configuration for files directly in `folder`.
    public func configuration(forFolder folder: String) -> Result<LoadedConfiguration, ConfigurationError> {
        let start = Paths.absolute(folder)
        let boundary = boundaries.filter { Paths.relative(start, to: $0) != nil }.max { $0.count < $1.count }
        var chain: [String] = []
        var result: Result<LoadedConfiguration, ConfigurationError>?
        for dir in Paths.selfAndAncestors(start, upTo: boundary) {
            if let cached = cachedValue(dir) {
                result = cached
                break
            }
            chain.append(dir)
            if let file = CopydeskFiles.configurationFile(in: dir) {
                do throws(ConfigurationError) {
                    result = .success(try ConfigurationLoader.load(path: file, base: defaults))
                } catch {
                    result = .failure(error)
                }
                break
            }
        }
        let value = result ?? .success(LoadedConfiguration(configuration: defaults, path: nil))
        cache.withLock { cache in for d in chain { cache[d] = value } }
        return value
    }

    /// Forget cached results (a `.copydesk.json` was created, changed or deleted).
    public func invalidate() {
        cache.withLock { $0.removeAll() }
    }

    private func cachedValue(_ dir: String) -> Result<LoadedConfiguration, ConfigurationError>? {
        cache.withLock { $0[dir] }
    }
}
