"""`List[T]`: a growable array of values of type `T`, stored contiguously in memory from `alloc`.
Part of the prelude. Indexing is bounds-checked: an index outside `0 ..< len` stops the program
with the location of the indexing in the user's code."""


struct List[T: Copyable](Copyable, Sized, Writable):
    var _data: UnsafePointer[Self.T]
    var _len: Int
    var _capacity: Int

    def __init__(out self):
        self._data = UnsafePointer[Self.T]()
        self._len = 0
        self._capacity = 0

    def __init__(out self, *, capacity: Int):
        self._data = alloc[Self.T](capacity)
        self._len = 0
        self._capacity = capacity

    def __init__(out self, *, length: Int, fill: Self.T):
        self._data = alloc[Self.T](length)
        self._len = length
        self._capacity = length
        for i in range(length):
            self._data[i] = fill.copy()

    def __init__(out self, *, copy: Self):
        self._data = alloc[Self.T](copy._len)
        self._len = copy._len
        self._capacity = copy._len
        for i in range(copy._len):
            self._data[i] = copy._data[i].copy()

    def copy(self) -> Self:
        return Self(copy=self)

    def __del__(deinit self):
        for i in range(self._len):
            (self._data + i).destroy_pointee()
        if self._data:
            self._data.free()

    def __len__(self) -> Int:
        return self._len

    def capacity(self) -> Int:
        """How many elements fit before the list has to grow."""
        return self._capacity

    def __bool__(self) -> Bool:
        return self._len > 0

    def _grow(mut self, at_least: Int):
        # Capacity doubles (1, 2, 4, ... from empty), and each element moves once, as in Mojo.
        var cap = max(self._capacity * 2, at_least)
        var data = alloc[Self.T](cap)
        for i in range(self._len):
            (self._data + i).move_pointee_into(data + i)
        if self._data:
            self._data.free()
        self._data = data
        self._capacity = cap

    def reserve(mut self, capacity: Int):
        if capacity > self._capacity:
            self._grow(capacity)

    def append(mut self, var value: Self.T):
        if self._len == self._capacity:
            self._grow(self._len + 1)
        self._data[self._len] = value^
        self._len += 1

    def extend(mut self, var other: Self):
        """Add `other`'s elements at the end, moved out of it."""
        self.reserve(self._len + other._len)
        for i in range(other._len):
            (other._data + i).move_pointee_into(self._data + self._len + i)
        self._len += other._len
        other._len = 0

    def extend(mut self, other: Span[Self.T]):
        """Add copies of the elements of `other` at the end."""
        self.reserve(self._len + len(other))
        for i in range(len(other)):
            (self._data + self._len + i).init_pointee_copy(other[i])
        self._len += len(other)

    def __add__(self, var other: Self) -> Self:
        """A new list: this one's elements, then `other`'s."""
        var out = self.copy()
        out.extend(other^)
        return out^

    def __iadd__(mut self, var other: Self):
        self.extend(other^)

    def insert(mut self, i: Int, var value: Self.T, *, __loc: String = __call_location()):
        """Put `value` at index `i` (0 to `len`, as in Mojo 1.2: no negative indices)."""
        if i < 0 or i > self._len:
            __intrinsic_abort(
                "E0605",
                "index " + String(i) + " is out of bounds, valid range is 0 to " + String(self._len),
                __loc,
            )
        var at = i
        if self._len == self._capacity:
            self._grow(self._len + 1)
        var j = self._len
        while j > at:
            (self._data + j - 1).move_pointee_into(self._data + j)
            j -= 1
        self._data[at] = value^
        self._len += 1

    def _check(self, i: Int, loc: String):
        # One unsigned comparison: a negative index is a huge one.
        if UInt(i) >= UInt(self._len):
            self._out_of_bounds(i, loc)

    def _out_of_bounds(self, i: Int, loc: String):
        __intrinsic_abort(
            "E0605",
            "index " + String(i) + " is out of bounds, valid range is 0 to " + String(self._len - 1),
            loc,
        )

    def __getitem__(self, i: Int, *, __loc: String = __call_location()) -> ref [self] Self.T:
        # One unsigned comparison: a negative index is a huge one.
        if UInt(i) >= UInt(self._len):
            self._out_of_bounds(i, __loc)
        return self._data[i]

    def __getitem__(self, s: ContiguousSlice, *, __loc: String = __call_location()) -> Span[Self.T]:
        var b = s.bounds(self._len, __loc)
        return Span[Self.T](unsafe_ptr=self._data + b[0], length=b[1] - b[0])

    def __getitem__(self, s: StridedSlice, *, __loc: String = __call_location()) -> Self:
        var out = Self()
        for i in s.indices(self._len, __loc):
            out.append(self._data[i].copy())
        return out^

    def pop(mut self, *, __loc: String = __call_location()) -> Self.T:
        """The last element, removed."""
        return self.pop(self._len - 1, __loc=__loc)

    def pop(mut self, i: Int, *, __loc: String = __call_location()) -> Self.T:
        """The element at `i`, removed; `i` must be in range (a negative index is not counted from
        the end, as in Mojo 1.2)."""
        var at = i
        if at < 0 or at >= self._len:
            self._check(at, __loc)
        var value = (self._data + at).take_pointee()
        for j in range(at, self._len - 1):
            (self._data + j + 1).move_pointee_into(self._data + j)
        self._len -= 1
        return value^

    def unsafe_get(self, i: Int) -> ref [self] Self.T:
        """Element `i`, not bounds-checked (`i` must be in `0 ..< len`)."""
        return self._data[i]

    def shrink(mut self, new_size: Int, *, __loc: String = __call_location()):
        """Keep the first `new_size` elements, destroying the rest (`new_size` at most `len`)."""
        if new_size < 0 or new_size > self._len:
            __intrinsic_abort(
                "E0605", "shrink size " + String(new_size) + " is out of range, valid range is 0 to " + String(self._len), __loc
            )
        for i in range(new_size, self._len):
            (self._data + i).destroy_pointee()
        self._len = new_size

    def resize(mut self, new_size: Int, value: Self.T):
        """Grow to `new_size` elements with copies of `value`, or shrink, destroying the rest."""
        if new_size < self._len:
            for i in range(new_size, self._len):
                (self._data + i).destroy_pointee()
            self._len = new_size
            return
        self.reserve(new_size)
        for i in range(self._len, new_size):
            self._data[i] = value.copy()
        self._len = new_size

    def clear(mut self):
        for i in range(self._len):
            (self._data + i).destroy_pointee()
        self._len = 0

    def reverse(mut self):
        var i = 0
        var j = self._len - 1
        while i < j:
            var t = (self._data + i).take_pointee()
            self._data[i] = self._data[j]
            self._data[j] = t^
            i += 1
            j -= 1

    def swap_elements(mut self, i: Int, j: Int, *, __loc: String = __call_location()):
        if i < 0 or i >= self._len:
            self._check(i, __loc)
        if j < 0 or j >= self._len:
            self._check(j, __loc)
        if i != j:
            var t = (self._data + i).take_pointee()
            (self._data + j).move_pointee_into(self._data + i)
            (self._data + j).init_pointee_move(t^)

    def __eq__(self, other: Self) -> Bool:
        if self._len != other._len:
            return False
        for i in range(self._len):
            if not (self._data[i] == other._data[i]):
                return False
        return True

    def __ne__(self, other: Self) -> Bool:
        return not (self == other)

    def __contains__(self, value: Self.T) -> Bool:
        for i in range(self._len):
            if self._data[i] == value:
                return True
        return False

    def index(self, value: Self.T, start: Int = 0, stop: Int = 9223372036854775807) raises -> Int:
        """The first position of `value` in `[start, stop)` (negative bounds count from the end;
        the default `stop` is the end)."""
        var lo = start + self._len if start < 0 else start
        var hi = stop + self._len if stop < 0 else stop
        lo = max(0, lo)
        hi = min(self._len, hi)
        for i in range(lo, hi):
            if self._data[i] == value:
                return i
        raise Error("ValueError: Given element is not in list")

    def __mul__(self, n: Int) -> Self:
        """The elements repeated `n` times (empty for `n <= 0`)."""
        var out = Self(capacity=max(0, n) * self._len)
        for _ in range(n):
            for i in range(self._len):
                out.append(self._data[i].copy())
        return out^

    def __imul__(mut self, n: Int):
        self = self * n

    def count(self, value: Self.T) -> Int:
        var n = 0
        for i in range(self._len):
            if self._data[i] == value:
                n += 1
        return n

    def _sort(mut self):
        """Sort in place, stably, by `<` (bottom-up merge sort through a scratch buffer)."""
        var n = self._len
        if n < 2:
            return
        var src = self._data
        var dst = alloc[Self.T](n)
        var width = 1
        while width < n:
            var lo = 0
            while lo < n:
                var mid = min(lo + width, n)
                var hi = min(lo + 2 * width, n)
                var i = lo
                var j = mid
                var k = lo
                while k < hi:
                    if i < mid and (j >= hi or not (src[j] < src[i])):
                        dst[k] = src[i]
                        i += 1
                    else:
                        dst[k] = src[j]
                        j += 1
                    k += 1
                lo += 2 * width
            var t = src
            src = dst
            dst = t
            width *= 2
        if src != self._data:
            for i in range(n):
                self._data[i] = src[i]
            src.free()
        else:
            dst.free()

    def unsafe_ptr(self) -> UnsafePointer[Self.T]:
        return self._data

    def __reversed__(self) -> _ListReversedIter[Self.T]:
        return _ListReversedIter[Self.T](self._data, self._len)

    def __iter__(self) -> _ListIter[Self.T]:
        return _ListIter[Self.T](self._data, 0, self._len)

    def write_to(self, mut writer: Some[Writer]):
        writer.write("[")
        for i in range(self._len):
            if i > 0:
                writer.write(", ")
            writer.write(self._data[i])
        writer.write("]")

    def write_repr_to(self, mut writer: Some[Writer]):
        writer.write(__repr_type_name[Self](), "([")
        for i in range(self._len):
            if i > 0:
                writer.write(", ")
            writer.write(repr(self._data[i]))
        writer.write("])")


@fieldwise_init
struct _ListReversedIter[T: Copyable](Copyable):
    """`reversed(xs)`: the elements from the last to the first, read in place."""

    var data: UnsafePointer[Self.T]
    var index: Int

    def __has_next__(self) -> Bool:
        return self.index > 0

    def __next__(mut self) -> ref [self] Self.T:
        self.index -= 1
        return self.data[self.index]


def any[T: Boolable & Copyable](xs: List[T]) -> Bool:
    """Whether some element is true."""
    for x in xs:
        if Bool(x):
            return True
    return False


def all[T: Boolable & Copyable](xs: List[T]) -> Bool:
    """Whether every element is true (also when there are none)."""
    for x in xs:
        if not Bool(x):
            return False
    return True


@fieldwise_init
struct _ListIter[T: Copyable](Copyable):
    var data: UnsafePointer[Self.T]
    var index: Int
    var len: Int

    def __has_next__(self) -> Bool:
        return self.index < self.len

    def __next__(mut self) -> ref [self] Self.T:
        self.index += 1
        return self.data[self.index - 1]


def _sort_by[cmp: def(T, T) capturing -> Bool, T: Copyable](mut xs: List[T]):
    """`sort(xs, cmp_fn=f)`: sort in place, stably, with `f(a, b)` meaning "a goes before b"."""
    var n = xs._len
    if n < 2:
        return
    var src = xs._data
    var dst = alloc[T](n)
    var width = 1
    while width < n:
        var lo = 0
        while lo < n:
            var mid = min(lo + width, n)
            var hi = min(lo + 2 * width, n)
            var i = lo
            var j = mid
            var k = lo
            while k < hi:
                if i < mid and (j >= hi or not cmp(src[j], src[i])):
                    dst[k] = src[i]
                    i += 1
                else:
                    dst[k] = src[j]
                    j += 1
                k += 1
            lo += 2 * width
        var t = src
        src = dst
        dst = t
        width *= 2
    if src != xs._data:
        for i in range(n):
            xs._data[i] = src[i]
        src.free()
    else:
        dst.free()
