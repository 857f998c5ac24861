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

    /// Empty until the first write: an empty map (the index of a lone article, built for every lint) allocates
    /// nothing.
    private var shards: [[Slot: Value]] = []
    public private(set) var count = 0

    /// A key with its hash, computed once: the shard is chosen from it and the shard's dictionary hashes only
    /// that integer, not the key again (keys are URIs and ids; a lookup hashed each twice).
    fileprivate struct Slot: Hashable {
        let key: Key
        let hash: Int
        init(_ key: Key) {
            self.key = key
            self.hash = key.hashValue
        }
        static func == (a: Slot, b: Slot) -> Bool { a.hash == b.hash && a.key == b.key }
        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
        var shard: Int { Int(UInt(bitPattern: hash) >> UInt(ShardedMap.shardShift)) }
    }

    public init() {}

    /// The shards, created on the first write.
    private mutating func allocate() {
        if shards.isEmpty { shards = Array(repeating: [:], count: Self.shardCount) }
    }

    public var isEmpty: Bool { count == 0 }

    public subscript(key: Key) -> Value? {
        get {
            guard !shards.isEmpty else { return nil }
            let slot = Slot(key)
            return shards[slot.shard][slot]
        }
        set {
            allocate()
            let slot = Slot(key)
            if let newValue {
                if shards[slot.shard].updateValue(newValue, forKey: slot) == nil { count += 1 }
            } else if shards[slot.shard].removeValue(forKey: slot) != nil {
                count -= 1
            }
        }
    }

    /// Sets the value and returns the one it replaced (like `Dictionary.updateValue`).
    @discardableResult
    public mutating func updateValue(_ value: Value, forKey key: Key) -> Value? {
        allocate()
        let slot = Slot(key)
        let old = shards[slot.shard].updateValue(value, forKey: slot)
        if old == nil { count += 1 }
        return old
    }

    @discardableResult
    public mutating func removeValue(forKey key: Key) -> Value? {
        guard !shards.isEmpty else { return nil }
        let slot = Slot(key)
        let old = shards[slot.shard].removeValue(forKey: slot)
        if old != nil { count -= 1 }
        return old
    }

    /// Changes the value in place (no copy of it when this map holds the only reference); `body` may set
    /// it to nil to remove the key.
    public mutating func modify<R>(_ key: Key, _ body: (inout Value?) -> R) -> R {
        allocate()
        let slot = Slot(key)
        let s = slot.shard
        let before = shards[s].count
        // Dictionary's optional subscript yields the value in place (one lookup; a nil write removes it).
        let result = body(&shards[s][slot])
        count += shards[s].count - before
        return result
    }

    public var keys: [Key] { shards.flatMap { $0.keys.map(\.key) } }

    public struct Iterator: IteratorProtocol {
        fileprivate var shards: IndexingIterator<[[Slot: Value]]>
        fileprivate var current: Dictionary<Slot, Value>.Iterator?
        public mutating func next() -> (key: Key, value: Value)? {
            while true {
                if let e = current?.next() { return (e.key.key, e.value) }
                guard let s = shards.next() else { return nil }
                current = s.makeIterator()
            }
        }
    }

    public func makeIterator() -> Iterator { Iterator(shards: shards.makeIterator(), current: nil) }
    public var underestimatedCount: Int { count }
}
