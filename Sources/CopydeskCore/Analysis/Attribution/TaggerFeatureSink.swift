/// Where the cue tagger's feature indices go as `taggerFeatures`, `extensionFeatures` and `vetoFeatures` compute
/// them: into a list (training, `candidateScores`) or straight into a score (`TaggerScore`, the analysis).
///
/// Scoring the indices as they come spares the analysis an array append per feature (about forty per candidate,
/// each a uniqueness check and a capacity check the optimiser left as calls) and a second pass over the list; the
/// score is the same wrapping sum of the same weights, so the tagger decides exactly as before.
protocol TaggerFeatureSink {
    /// Takes the feature at table index `index`.
    mutating func add(_ index: Int32)
}

extension Array: TaggerFeatureSink where Element == Int32 {
    /// A feature list keeps the index (the caller empties it before each example).
    @inline(__always) mutating func add(_ index: Int32) { append(index) }
}

/// The score of one example: the sum of its features' weights, in weight units (`CueTagger.score`).
///
/// The indices wait in `pending` and their weights are summed in one tight loop (`flush`): the loads are
/// independent, so the processor has a whole candidate's in flight at once, where a load between the hashing of
/// each feature left one or two in flight. The table (`2^18` weights, 512 KB) mostly misses the first caches, so
/// these loads, not the hashing, were most of the tagger's time.
struct TaggerScore: TaggerFeatureSink {
    /// The model's weights (`CueTagger.weights`, read in place for the length of one scoring pass).
    let weights: UnsafeBufferPointer<Int16>
    /// Scratch space for indices not yet summed, valid for the length of the scoring pass (the caller's temporary
    /// allocation); `count` of them are pending.
    private let pending: UnsafeMutableBufferPointer<Int32>
    private var count = 0
    private var summed: Int32 = 0

    /// Room for the longest example at once (`taggerFeatures` adds at most about 70 features; a longer one would be
    /// summed in parts, to the same total).
    static let scratchSize = 128

    init(_ weights: UnsafeBufferPointer<Int16>, scratch: UnsafeMutableBufferPointer<Int32>) {
        self.weights = weights
        self.pending = scratch
    }

    /// Every index is below `weights.count`: `TaggerFeature.index` keeps the top `tableBits` bits of a 64-bit
    /// hash, and the table holds `2^tableBits` weights. `count < pending.count` after the flush, so the write stays
    /// in the scratch space.
    @inline(__always) mutating func add(_ index: Int32) {
        if count == pending.count { flush() }
        pending[count] = index
        count += 1
    }

    @inline(__always) private mutating func flush() {
        for i in 0..<count { summed &+= Int32(weights[Int(pending[i])]) }
        count = 0
    }

    /// The score: the same wrapping sum of the same weights in any order.
    @inline(__always) mutating func sum() -> Int32 {
        flush()
        return summed
    }
}

/// The veto task's region of the table: each index of a candidate's features rehashed (template 200), then passed
/// on (`vetoFeatures`).
struct VetoRegion<Inner: TaggerFeatureSink>: TaggerFeatureSink {
    var inner: Inner
    let bits: Int

    @inline(__always) mutating func add(_ index: Int32) {
        inner.add(TaggerFeature.index(200, UInt64(UInt32(bitPattern: index)), bits: bits))
    }
}
