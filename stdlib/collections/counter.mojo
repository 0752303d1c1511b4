"""`Counter[T]`: how many times each value was counted, over a `Dict[T, Int]` (insertion order).
A missing value counts 0, so `c[w] += 1` counts `w`. Imported from `std.collections`."""


struct Counter[T: Copyable](Copyable, Sized):
    var _counts: Dict[Self.T, Int]

    def __init__(out self):
        self._counts = Dict[Self.T, Int]()

    def __init__(out self, *, copy: Self):
        self._counts = copy._counts.copy()

    def copy(self) -> Self:
        return Self(copy=self)

    def __getitem__(self, value: Self.T) -> Int:
        """The count of `value` (0 if it was never counted)."""
        return self._counts.get(value, 0)

    def __setitem__(mut self, var value: Self.T, count: Int):
        self._counts[value^] = count

    def __contains__(self, value: Self.T) -> Bool:
        return value in self._counts

    def __len__(self) -> Int:
        return len(self._counts)

    def keys(self) -> _DictKeys[Self.T]:
        return self._counts.keys()

    def values(self) -> _DictValues[Int]:
        return self._counts.values()

    def items(self) -> _DictItems[Self.T, Int]:
        return self._counts.items()

    def total(self) -> Int:
        """The sum of the counts."""
        var n = 0
        for c in self._counts.values():
            n += c
        return n

    def most_common(self, n: Int) -> List[Tuple[Self.T, Int]]:
        """The `n` values counted most, with their counts, most first (ties in insertion order)."""
        var out = List[Tuple[Self.T, Int]]()
        for e in self._counts.items():
            # Insert after every entry with a count at least as large: stable, highest first.
            var at = len(out)
            while at > 0 and out[at - 1][1] < e.value:
                at -= 1
            out.insert(at, (e.key.copy(), e.value))
        while len(out) > n:
            _ = out.pop()
        return out^

    def update(mut self, other: Self):
        """Add `other`'s counts."""
        for e in other._counts.items():
            self[e.key.copy()] = self[e.key] + e.value

    def subtract(mut self, other: Self):
        """Take away `other`'s counts (counts may drop to zero or below)."""
        for e in other._counts.items():
            self[e.key.copy()] = self[e.key] - e.value

    def __add__(self, other: Self) -> Self:
        """The sums of the counts, keeping the positive ones."""
        var sum = self.copy()
        sum.update(other)
        return sum._positive()

    def __sub__(self, other: Self) -> Self:
        """The differences of the counts, keeping the positive ones."""
        var diff = self.copy()
        diff.subtract(other)
        return diff._positive()

    def _positive(self) -> Self:
        var out = Self()
        for e in self._counts.items():
            if e.value > 0:
                out[e.key.copy()] = e.value
        return out^

    def elements(self) -> List[Self.T]:
        """Each value, repeated as many times as it was counted (positive counts only)."""
        var out = List[Self.T]()
        for e in self._counts.items():
            for _ in range(e.value):
                out.append(e.key.copy())
        return out^

