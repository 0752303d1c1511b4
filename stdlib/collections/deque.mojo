"""`Deque[T]`: a double-ended queue, stored as a ring buffer in memory from `alloc`, so adding or
removing at either end takes constant time. Imported from `std.collections`."""


struct Deque[T: Copyable](Boolable, Copyable, Sized, Writable):
    var _data: UnsafePointer[Self.T]
    # The slot of the first element, how many there are, and how many slots there are.
    var _head: Int
    var _len: Int
    var _cap: Int

    def __init__(out self):
        self._data = UnsafePointer[Self.T]()
        self._head = 0
        self._len = 0
        self._cap = 0

    def __init__(out self, *, capacity: Int):
        """Empty, with room for `capacity` elements before it grows."""
        self._cap = max(capacity, 1)
        self._data = alloc[Self.T](self._cap)
        self._head = 0
        self._len = 0

    def __init__(out self, *, copy: Self):
        self._data = alloc[Self.T](max(copy._len, 1))
        self._head = 0
        self._len = copy._len
        self._cap = max(copy._len, 1)
        for i in range(copy._len):
            (self._data + i).init_pointee_copy(copy._data[(copy._head + i) % copy._cap])

    def copy(self) -> Self:
        return Self(copy=self)

    def __del__(deinit self):
        for i in range(self._len):
            (self._data + (self._head + i) % self._cap).destroy_pointee()
        if self._data:
            self._data.free()

    def __len__(self) -> Int:
        return self._len

    def __bool__(self) -> Bool:
        return self._len > 0

    def _grow(mut self):
        """Twice the slots (4 at first); the elements move, in order, to the start."""
        var cap = max(self._cap * 2, 4)
        var data = alloc[Self.T](cap)
        for i in range(self._len):
            (self._data + (self._head + i) % self._cap).move_pointee_into(data + i)
        if self._data:
            self._data.free()
        self._data = data
        self._head = 0
        self._cap = cap

    def append(mut self, var value: Self.T):
        """Add `value` at the right end."""
        if self._len == self._cap:
            self._grow()
        (self._data + (self._head + self._len) % self._cap).init_pointee_move(value^)
        self._len += 1

    def extend(mut self, var values: List[Self.T]):
        """Add the values at the right end, in order."""
        for i in range(len(values)):
            self.append(values[i].copy())

    def extendleft(mut self, var values: List[Self.T]):
        """Add the values at the left end one by one (so they end up in reverse order)."""
        for i in range(len(values)):
            self.appendleft(values[i].copy())

    def rotate(mut self, n: Int = 1):
        """Move the last `n` elements to the front (the first `-n` to the back when negative)."""
        if self._len == 0:
            return
        var k = n % self._len
        for _ in range(k):
            var v = (self._data + (self._head + self._len - 1) % self._cap).take_pointee()
            self._len -= 1
            self.appendleft(v^)

    def appendleft(mut self, var value: Self.T):
        """Add `value` at the left end."""
        if self._len == self._cap:
            self._grow()
        self._head = (self._head + self._cap - 1) % self._cap
        (self._data + self._head).init_pointee_move(value^)
        self._len += 1

    def pop(mut self) raises -> Self.T:
        """Remove and return the rightmost element."""
        if self._len == 0:
            raise Error("IndexError: Deque is empty")
        self._len -= 1
        return (self._data + (self._head + self._len) % self._cap).take_pointee()

    def popleft(mut self) raises -> Self.T:
        """Remove and return the leftmost element."""
        if self._len == 0:
            raise Error("IndexError: Deque is empty")
        var value = (self._data + self._head).take_pointee()
        self._head = (self._head + 1) % self._cap
        self._len -= 1
        return value^

    def clear(mut self):
        for i in range(self._len):
            (self._data + (self._head + i) % self._cap).destroy_pointee()
        self._head = 0
        self._len = 0

    def __contains__[U: Equatable & Copyable, //](self: Deque[U], value: U) -> Bool:
        return self.count(value) > 0

    def count[U: Equatable & Copyable, //](self: Deque[U], value: U) -> Int:
        """How many elements equal `value`."""
        var n = 0
        for i in range(self._len):
            if self._data[(self._head + i) % self._cap] == value:
                n += 1
        return n

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
        return self._data[(self._head + i) % self._cap]

    def __iter__(self) -> _DequeIter[Self.T]:
        return _DequeIter[Self.T](self._data, self._head, self._cap, 0, self._len)

    def write_to(self, mut writer: Some[Writer]):
        writer.write("[")
        for i in range(self._len):
            if i > 0:
                writer.write(", ")
            writer.write(self._data[(self._head + i) % self._cap])
        writer.write("]")


@fieldwise_init
struct _DequeIter[T: Copyable](Copyable):
    var data: UnsafePointer[Self.T]
    var head: Int
    var cap: Int
    var index: Int
    var len: Int

    def __has_next__(self) -> Bool:
        return self.index < self.len

    def __next__(mut self) -> ref [self] Self.T:
        self.index += 1
        return self.data[(self.head + self.index - 1) % self.cap]
