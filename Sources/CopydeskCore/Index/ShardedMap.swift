/// A hash map split into a fixed number of shards, each a `Dictionary`, so that a value type holding one
/// stays cheap to update while an old copy is still alive.
///
/// Why: `WorkspaceIndex` is an immutable snapshot; the server keeps old snapshots alive (background
/// analyses, requests) while the next keystroke updates the index. With one `Dictionary` per map, that
/// update copies the whole dictionary (copy-on-write): 10,000 entries per keystroke at 10,000 articles.
/// Here it copies the shard array (256 references) and the one shard the key lives in (1/256 of the
/// entries), whatever the workspace size.
///
/// Reads mirror `Dictionary` (`map[key]`, `keys`, `count`, `isEmpty`, iteration as `(key:value:)` pairs)
/// so callers written for a dictionary keep working. Iteration order is unspecified, as for `Dictionary`.
public struct ShardedMap<Key: Hashable & Sendable, Value: Sendable>: Sendable, Sequence {
    /// A power of two. The shard of a key is chosen from the top bits of its hash, which `Dictionary`
    /// does not use for its buckets (the low bits), so keys sharing a shard do not cluster inside it.
    static var shardCount: Int { 256 }
    private static var shardShift: Int { Int.bitWidth - 8 }

    private var shards: [[Key: Value]]
    public private(set) var count = 0

    public init() {
        shards = Array(repeating: [:], count: Self.shardCount)
    }

    @inline(__always)
    private static func shard(of key: Key) -> Int {
        Int(UInt(bitPattern: key.hashValue) >> UInt(shardShift))
    }

    public var isEmpty: Bool { count == 0 }

    public subscript(key: Key) -> Value? {
        get { shards[Self.shard(of: key)][key] }
        set {
            let s = Self.shard(of: key)
            if let newValue {
                if shards[s].updateValue(newValue, forKey: key) == nil { count += 1 }
            } else if shards[s].removeValue(forKey: key) != nil {
                count -= 1
            }
        }
    }

    /// Sets the value and returns the one it replaced (like `Dictionary.updateValue`).
    @discardableResult
    public mutating func updateValue(_ value: Value, forKey key: Key) -> Value? {
        let old = shards[Self.shard(of: key)].updateValue(value, forKey: key)
        if old == nil { count += 1 }
        return old
    }

    @discardableResult
    public mutating func removeValue(forKey key: Key) -> Value? {
        let old = shards[Self.shard(of: key)].removeValue(forKey: key)
        if old != nil { count -= 1 }
        return old
    }

    /// Changes the value in place (no copy of it when this map holds the only reference); `body` may set
    /// it to nil to remove the key.
    public mutating func modify<R>(_ key: Key, _ body: (inout Value?) -> R) -> R {
        let s = Self.shard(of: key)
        let before = shards[s].count
        // Dictionary's optional subscript yields the value in place (one lookup; a nil write removes it).
        let result = body(&shards[s][key])
        count += shards[s].count - before
        return result
    }

    public var keys: [Key] { shards.flatMap(\.keys) }

    public struct Iterator: IteratorProtocol {
        fileprivate var shards: IndexingIterator<[[Key: Value]]>
        fileprivate var current: Dictionary<Key, Value>.Iterator?
        public mutating func next() -> (key: Key, value: Value)? {
            while true {
                if let e = current?.next() { return e }
                guard let s = shards.next() else { return nil }
                current = s.makeIterator()
            }
        }
    }

    public func makeIterator() -> Iterator { Iterator(shards: shards.makeIterator(), current: nil) }
    public var underestimatedCount: Int { count }
}
