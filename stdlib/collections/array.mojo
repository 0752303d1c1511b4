"""`Array[T, size]` (older Mojo: `InlineArray[T, size]`): exactly `size` values of type `T`.
Part of the prelude. A typed list literal builds one (`var a: Array[Int, 3] = [1, 2, 3]`).
Indexing is bounds-checked like `List`'s. The elements live in memory from `alloc` that the
array owns: a copy copies them, a move takes them along."""


struct Array[T: Copyable, size: Int](Copyable, Sized, Writable):
    var _data: UnsafePointer[Self.T]

    def __init__(out self):
        # Zeroed memory: the default value of the numeric element types.
        self._data = alloc[Self.T](Self.size)

    def __init__(out self, *, fill: Self.T):
        self._data = alloc[Self.T](Self.size)
        for i in range(Self.size):
            (self._data + i).init_pointee_copy(fill)

    def __init__(out self, *values: Self.T, __loc: String = __call_location()):
        # Older Mojo's `InlineArray[T, n](a, b, ...)`: exactly `n` values.
        if len(values) != Self.size:
            __intrinsic_abort(
                "E0605",
                "expected " + String(Self.size) + " values, got " + String(len(values)),
                __loc,
            )
        self._data = alloc[Self.T](Self.size)
        for i in range(Self.size):
            (self._data + i).init_pointee_copy(values[i])

    def __init__(out self, *, var __list_literal: List[Self.T]):
        # A typed list literal: the elements move over (the checker checked the count).
        self._data = alloc[Self.T](Self.size)
        for i in range(Self.size):
            (__list_literal._data + i).move_pointee_into(self._data + i)
        __list_literal._len = 0

    def __init__(out self, *, copy: Self):
        self._data = alloc[Self.T](Self.size)
        for i in range(Self.size):
            (self._data + i).init_pointee_copy(copy._data[i])

    def copy(self) -> Self:
        return Self(copy=self)

    def __del__(deinit self):
        for i in range(Self.size):
            (self._data + i).destroy_pointee()
        if self._data:
            self._data.free()

    def __len__(self) -> Int:
        return Self.size

    def _check(self, i: Int, loc: String):
        if i < 0 or i >= Self.size:
            __intrinsic_abort(
                "E0605",
                "index " + String(i) + " is out of bounds, valid range is 0 to " + String(Self.size - 1),
                loc,
            )

    def __getitem__(self, i: Int, *, __loc: String = __call_location()) -> ref [self] Self.T:
        if i < 0 or i >= Self.size:
            self._check(i, __loc)
        return self._data[i]

    def __getitem__(self, s: ContiguousSlice, *, __loc: String = __call_location()) -> Span[Self.T]:
        var b = s.bounds(Self.size, __loc)
        return Span[Self.T](unsafe_ptr=self._data + b[0], length=b[1] - b[0])

    def __getitem__(self, s: StridedSlice, *, __loc: String = __call_location()) -> List[Self.T]:
        var out = List[Self.T]()
        for i in s.indices(Self.size, __loc):
            out.append(self._data[i].copy())
        return out^

    def __contains__(self, value: Self.T) -> Bool:
        for i in range(Self.size):
            if self._data[i] == value:
                return True
        return False

    def unsafe_ptr(self) -> UnsafePointer[Self.T]:
        return self._data

    def __iter__(self) -> _ArrayIter[Self.T]:
        return _ArrayIter[Self.T](self._data, 0, Self.size)

    def write_to(self, mut writer: Some[Writer]):
        writer.write("[")
        for i in range(Self.size):
            if i > 0:
                writer.write(", ")
            writer.write(self._data[i])
        writer.write("]")

    def write_repr_to(self, mut writer: Some[Writer]):
        writer.write(__repr_type_name[Self](), "([")
        for i in range(Self.size):
            if i > 0:
                writer.write(", ")
            writer.write(repr(self._data[i]))
        writer.write("])")


@fieldwise_init
struct _ArrayIter[T: Copyable](Copyable):
    var data: UnsafePointer[Self.T]
    var index: Int
    var len: Int

    def __has_next__(self) -> Bool:
        return self.index < self.len

    def __next__(mut self) -> ref [self] Self.T:
        self.index += 1
        return self.data[self.index - 1]
