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

/// The running score of one example: the sum of its features' weights, in weight units (`CueTagger.score`).
struct TaggerScore: TaggerFeatureSink {
    /// The model's weights (`CueTagger.weights`, read in place for the length of one scoring pass).
    let weights: UnsafeBufferPointer<Int16>
    private(set) var sum: Int32 = 0

    init(_ weights: UnsafeBufferPointer<Int16>) { self.weights = weights }

    /// Every index is below `weights.count`: `TaggerFeature.index` keeps the top `tableBits` bits of a 64-bit
    /// hash, and the table holds `2^tableBits` weights.
    @inline(__always) mutating func add(_ index: Int32) { sum &+= Int32(weights[Int(index)]) }
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
