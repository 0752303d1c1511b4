"""`Span[T]`: a view of `length` values of type `T` that something else owns (a `List`, an
`Array`). `xs[a:b]` on a list, an array or a span gives a span; the checker keeps the owner
alive as long as the span is used. With a step, `xs[a:b:s]` gives a new `List`. Part of the
prelude.

`ContiguousSlice` and `StridedSlice` are what `a:b` and `a:b:s` in brackets build."""


@fieldwise_init
struct ContiguousSlice(Copyable):
    var start: Int
    var end: Int
    var has_start: Bool
    var has_end: Bool

    def bounds(self, length: Int, loc: String) -> Tuple[Int, Int]:
        """The start and end in `0 ..< length` (aborting, like Mojo's checks, if out of range)."""
        var start = self.start if self.has_start else 0
        var end = self.end if self.has_end else length
        if start < 0 or start > length:
            __intrinsic_abort(
                "E0605",
                "slice start index " + String(start) + " is out of bounds, valid range is 0 to " + String(length),
                loc,
            )
        if end < 0 or end > length:
            __intrinsic_abort(
                "E0605",
                "slice end index " + String(end) + " is out of bounds, valid range is 0 to " + String(length),
                loc,
            )
        if start > end:
            __intrinsic_abort(
                "E0605",
                "slice start index " + String(start) + " is greater than slice end index " + String(end),
                loc,
            )
        return (start, end)


@fieldwise_init
struct StridedSlice(Copyable):
    var start: Int
    var end: Int
    var step: Int
    var has_start: Bool
    var has_end: Bool

    def indices(self, length: Int, loc: String) -> List[Int]:
        """The positions it selects in `0 ..< length`, as Python computes them: negative
        positions count from the end, and the range is clipped."""
        if self.step == 0:
            __intrinsic_abort("E0605", "slice step cannot be zero", loc)
        var out = List[Int]()
        var lo = -1 if self.step < 0 else 0
        var hi = length - 1 if self.step < 0 else length
        var start = hi if self.step < 0 else lo
        if self.has_start:
            start = self.start + length if self.start < 0 else self.start
            start = max(lo, min(start, hi))
        var end = lo if self.step < 0 else hi
        if self.has_end:
            end = self.end + length if self.end < 0 else self.end
            end = max(lo, min(end, hi))
        var i = start
        if self.step > 0:
            while i < end:
                out.append(i)
                i += self.step
        else:
            while i > end:
                out.append(i)
                i += self.step
        return out^


struct Span[T: Copyable](Copyable, Sized, Writable):
    var _data: UnsafePointer[Self.T]
    var _len: Int

    def __init__(out self, *, unsafe_ptr: UnsafePointer[Self.T], length: Int):
        self._data = unsafe_ptr
        self._len = length

    @implicit
    def __init__(out self, list: List[Self.T]):
        self._data = list._data
        self._len = list._len

    def __init__(out self, *, copy: Self):
        self._data = copy._data
        self._len = copy._len

    def copy(self) -> Self:
        return Self(copy=self)

    def __len__(self) -> Int:
        return self._len

    def __bool__(self) -> Bool:
        return self._len > 0

    def __eq__(self, other: Self) -> Bool:
        """The same length and equal elements (the elements need `==`)."""
        if self._len != other._len:
            return False
        for i in range(self._len):
            if not (self._data[i] == other._data[i]):
                return False
        return True

    def __ne__(self, other: Self) -> Bool:
        return not (self == other)

    def _check(self, i: Int, loc: String):
        if i < 0 or i >= self._len:
            __intrinsic_abort(
                "E0605",
                "index " + String(i) + " is out of bounds, valid range is 0 to " + String(self._len - 1),
                loc,
            )

    def __getitem__(self, i: Int, *, __loc: String = __call_location()) -> ref [self] Self.T:
        if i < 0 or i >= self._len:
            self._check(i, __loc)
        return self._data[i]

    def __getitem__(self, s: ContiguousSlice, *, __loc: String = __call_location()) -> Span[Self.T]:
        var b = s.bounds(self._len, __loc)
        return Span[Self.T](unsafe_ptr=self._data + b[0], length=b[1] - b[0])

    def __getitem__(self, s: StridedSlice, *, __loc: String = __call_location()) -> List[Self.T]:
        var out = List[Self.T]()
        for i in s.indices(self._len, __loc):
            out.append(self._data[i].copy())
        return out^

    def __setitem__(self, i: Int, var value: Self.T, *, __loc: String = __call_location()):
        if i < 0 or i >= self._len:
            self._check(i, __loc)
        (self._data + i).destroy_pointee()
        (self._data + i).init_pointee_move(value^)

    def __contains__(self, value: Self.T) -> Bool:
        for i in range(self._len):
            if self._data[i] == value:
                return True
        return False

    def unsafe_ptr(self) -> UnsafePointer[Self.T]:
        return self._data

    def __iter__(self) -> _ListIter[Self.T]:
        return _ListIter[Self.T](self._data, 0, self._len)

    def write_to(self, mut writer: Some[Writer]):
        writer.write("[")
        for i in range(self._len):
            if i > 0:
                writer.write(", ")
            writer.write(self._data[i])
        writer.write("]")
