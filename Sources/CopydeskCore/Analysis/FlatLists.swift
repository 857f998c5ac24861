/// Values grouped under the keys `0..<count`, each group in the order its values came: one flat array and each
/// group's start, made by a counting sort. Where a stage needs a list per sentence or per group but reads only a
/// few of them, this is two allocations instead of one per non-empty list.
struct FlatLists<Value> {
    /// Group `k`'s values are `values[starts[k]..<starts[k + 1]]`.
    private let starts: [Int]
    private let values: [Value]

    /// `pairs`: (key in `0..<count`, value). An array, built by a plain loop: a lazy filter's closures would
    /// capture the caller's values and run twice.
    init(count: Int, _ pairs: [(Int, Value)]) {
        var starts = [Int](filled: 0, count: count + 1)
        for (k, _) in pairs { starts[k + 1] += 1 }
        for k in 0..<count { starts[k + 1] += starts[k] }
        var values: [Value] = []
        if let first = pairs.first {
            // Each value goes to its group's next free place, kept in `starts[k]` itself (no copy of `starts`):
            // after the pass `starts[k]` is group k's end, the next group's start, so the starts move up one.
            values = [Value](filled: first.1, count: starts[count])
            for (k, v) in pairs {
                values[starts[k]] = v
                starts[k] += 1
            }
            for k in stride(from: count, to: 0, by: -1) { starts[k] = starts[k - 1] }
            starts[0] = 0
        }
        self.starts = starts
        self.values = values
    }

    /// Group `k`'s values, in the order they came (indices are positions in the flat array).
    subscript(k: Int) -> ArraySlice<Value> { values[starts[k]..<starts[k + 1]] }
}

extension Array {
    /// `count` copies of `value`, as `Array(repeating:count:)` makes them, allocated another way: that initialiser
    /// allocates through an out-of-line, unspecialised function of the standard library, which looks the storage
    /// class up at run time (about 450 instructions an array, and an element-by-element loop), where building from
    /// `repeatElement` allocates inline with the class known at compile time. The analysis makes some 25 such arrays a
    /// text (per token, per sentence, per hash-table slot).
    @inline(__always) init(filled value: Element, count: Int) {
        self.init(repeatElement(value, count: count))
    }
}
