/// The one binary search for "which line / segment / sentence holds this offset": the last element of a list
/// sorted by `key` whose key is at most `value`.
extension RandomAccessCollection where Index == Int {
    /// The last index whose element's `key` is at most `value`, for elements sorted by `key` — `startIndex` when
    /// none is (or the collection is empty), as a line index maps an offset before the first line to line 0.
    @inlinable
    public func lastIndex<Key: Comparable>(keyedBy key: (Element) -> Key, atMost value: Key) -> Int {
        var lo = startIndex
        var hi = endIndex - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if key(self[mid]) <= value { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}
