"""`Dict[K, V]`: a hash map that remembers insertion order, and `Set[T]` on top of it. Part of the
prelude. Entries are kept in insertion order in parallel lists; an open-addressing table of entry
numbers finds them by `hash(key)`."""


struct DictKeyError[K: Copyable](Copyable, Writable):
    """What `d[key]` and `d.pop(key)` raise for a key that is not there (a typed error: it becomes an
    `Error` with the text `DictKeyError[K]()` where only an `Error` can go)."""

    def __init__(out self):
        pass

    def write_to(self, mut writer: Some[Writer]):
        writer.write("DictKeyError[", __repr_type_name[Self.K](), "]()")


struct EmptyDictError(Copyable, Writable):
    """What `Dict.popitem` raises on an empty dict."""

    def __init__(out self):
        pass

    def write_to(self, mut writer: Some[Writer]):
        writer.write("EmptyDictError()")


@fieldwise_init
struct DictEntry[K: Copyable, V: Copyable](Copyable, Writable):
    """One key and its value, as a `Dict` keeps them (what `d.items()` gives, in place)."""

    var key: Self.K
    var value: Self.V

    def _take_value(deinit self) -> Self.V:
        return self.value^

    def write_to(self, mut writer: Some[Writer]):
        writer.write("DictEntry(key=", self.key, ", value=", self.value, ")")


struct Dict[K: Copyable, V: Copyable](Copyable, Sized, Writable):
    # The entries in insertion order; a removed entry is an empty slot until the next rebuild.
    # Each entry lives in memory of its own (an `Optional`), so a reference to a value (`d[k]`)
    # stays valid when the list grows.
    var _entries: List[Optional[DictEntry[Self.K, Self.V]]]
    # Slot -> entry number + 1; 0 is an empty slot, -1 a removed entry.
    var _table: List[Int]
    var _len: Int

    def __init__(out self):
        self._entries = List[Optional[DictEntry[Self.K, Self.V]]]()
        self._table = List[Int](length=8, fill=0)
        self._len = 0

    def __init__(out self, *, copy: Self):
        self._entries = copy._entries.copy()
        self._table = copy._table.copy()
        self._len = copy._len

    def copy(self) -> Self:
        return Self(copy=self)

    def __len__(self) -> Int:
        return self._len

    def __bool__(self) -> Bool:
        return self._len > 0

    def _find(self, key: Self.K) -> Int:
        var mask = len(self._table) - 1
        var slot = Int(hash(key)) & mask
        while True:
            var e = self._table[slot]
            if e == 0:
                return -1
            if e > 0 and self._entries[e - 1].value().key == key:
                return e - 1
            slot = (slot + 1) & mask

    def _place(mut self, key: Self.K, entry: Int):
        var mask = len(self._table) - 1
        var slot = Int(hash(key)) & mask
        while self._table[slot] > 0:
            slot = (slot + 1) & mask
        self._table[slot] = entry + 1

    def _rebuild(mut self):
        # Drop removed entries, then size the table for twice the live entries.
        var entries = List[Optional[DictEntry[Self.K, Self.V]]]()
        for i in range(len(self._entries)):
            if self._entries[i]:
                # Moved, not copied: the old slot is left empty.
                entries.append(self._entries[i].take())
        self._entries = entries^
        var size = 8
        while size < 4 * (self._len + 1):
            size *= 2
        self._table = List[Int](length=size, fill=0)
        for i in range(len(self._entries)):
            self._place(self._entries[i].value().key, i)

    @staticmethod
    def fromkeys(keys: List[Self.K], value: Self.V) -> Self:
        """A dict mapping each of `keys` to a copy of `value`."""
        var out = Self()
        for i in range(len(keys)):
            out[keys[i].copy()] = value.copy()
        return out^

    def __setitem__(mut self, var key: Self.K, var value: Self.V):
        var i = self._find(key)
        if i >= 0:
            # The new key replaces the equal old one too, as in Mojo.
            self._entries[i].value().key = key^
            self._entries[i].value().value = value^
            return
        if (len(self._entries) + 1) * 4 > len(self._table) * 3:
            self._rebuild()
        self._place(key, len(self._entries))
        self._entries.append(DictEntry[Self.K, Self.V](key^, value^))
        self._len += 1

    def __getitem__(self, key: Self.K) raises DictKeyError[Self.K] -> ref [self] Self.V:
        var i = self._find(key)
        if i < 0:
            raise DictKeyError[Self.K]()
        return self._entries[i].value().value

    def get(self, key: Self.K) -> Optional[Self.V]:
        var i = self._find(key)
        if i < 0:
            return None
        return self._entries[i].value().value.copy()

    def find(self, key: Self.K) -> Optional[Self.V]:
        """The value for `key`, or an empty Optional (as `get(key)`)."""
        return self.get(key)

    def get(self, key: Self.K, default: Self.V) -> Self.V:
        var i = self._find(key)
        if i < 0:
            return default.copy()
        return self._entries[i].value().value.copy()

    def __eq__(self, other: Self) -> Bool:
        """The same keys with equal values (in any order)."""
        if len(self) != len(other):
            return False
        for i in range(len(self._entries)):
            if self._entries[i]:
                var j = other._find(self._entries[i].value().key)
                if j < 0 or not (other._entries[j].value().value == self._entries[i].value().value):
                    return False
        return True

    def __ne__(self, other: Self) -> Bool:
        return not (self == other)

    def __contains__(self, key: Self.K) -> Bool:
        return self._find(key) >= 0

    def _remove(mut self, i: Int) -> DictEntry[Self.K, Self.V]:
        """Take entry `i` out, leaving its slot in the table marked removed."""
        var mask = len(self._table) - 1
        var slot = Int(hash(self._entries[i].value().key)) & mask
        while self._table[slot] != i + 1:
            slot = (slot + 1) & mask
        self._table[slot] = -1
        self._len -= 1
        return self._entries[i].take()

    def pop(mut self, key: Self.K) raises DictKeyError[Self.K] -> Self.V:
        var i = self._find(key)
        if i < 0:
            raise DictKeyError[Self.K]()
        return self._remove(i)._take_value()

    def pop(mut self, key: Self.K, var default: Self.V) -> Self.V:
        var i = self._find(key)
        if i < 0:
            return default^
        return self._remove(i)._take_value()

    def popitem(mut self) raises EmptyDictError -> DictEntry[Self.K, Self.V]:
        """Remove the entry inserted last and give it back."""
        var i = len(self._entries) - 1
        while i >= 0 and not self._entries[i]:
            i -= 1
        if i < 0:
            raise EmptyDictError()
        return self._remove(i)

    def setdefault(mut self, key: Self.K, default: Self.V) -> ref [self] Self.V:
        var i = self._find(key)
        if i < 0:
            self[key.copy()] = default.copy()
            i = len(self._entries) - 1
        return self._entries[i].value().value

    def update(mut self, other: Self):
        for i in range(len(other._entries)):
            if other._entries[i]:
                ref e = other._entries[i].value()
                self[e.key.copy()] = e.value.copy()

    def __or__(self, other: Self) -> Self:
        """A new dict with this one's entries, then `other`'s (which win)."""
        var out = self.copy()
        out.update(other)
        return out^

    def __ior__(mut self, other: Self):
        self.update(other)

    def clear(mut self):
        self._entries = List[Optional[DictEntry[Self.K, Self.V]]]()
        self._table = List[Int](length=8, fill=0)
        self._len = 0

    def keys(self) -> _DictKeys[Self.K, Self.V]:
        return _DictKeys[Self.K, Self.V](self._entries.unsafe_ptr(), 0, len(self._entries))

    def __iter__(self) -> _DictKeys[Self.K, Self.V]:
        return self.keys()

    def values(self) -> _DictValues[Self.K, Self.V]:
        return _DictValues[Self.K, Self.V](self._entries.unsafe_ptr(), 0, len(self._entries))

    def items(self) -> _DictItems[Self.K, Self.V]:
        return _DictItems[Self.K, Self.V](self._entries.unsafe_ptr(), 0, len(self._entries))

    def write_to(self, mut writer: Some[Writer]):
        writer.write("{")
        var first = True
        for i in range(len(self._entries)):
            if self._entries[i]:
                if not first:
                    writer.write(", ")
                first = False
                writer.write(self._entries[i].value().key, ": ", self._entries[i].value().value)
        writer.write("}")

    def write_repr_to(self, mut writer: Some[Writer]):
        writer.write(__repr_type_name[Self](), "({")
        var first = True
        for i in range(len(self._entries)):
            if self._entries[i]:
                if not first:
                    writer.write(", ")
                first = False
                writer.write(repr(self._entries[i].value().key), ": ", repr(self._entries[i].value().value))
        writer.write("})")


# The iterators of a dict's entries: each steps over removed entries (empty slots).


@fieldwise_init
struct _DictKeys[K: Copyable, V: Copyable](Copyable):
    var entries: UnsafePointer[Optional[DictEntry[Self.K, Self.V]]]
    var index: Int
    var n: Int

    def __has_next__(self) -> Bool:
        var j = self.index
        while j < self.n and not self.entries[j]:
            j += 1
        return j < self.n

    def __next__(mut self) -> ref [self] Self.K:
        while not self.entries[self.index]:
            self.index += 1
        self.index += 1
        return self.entries[self.index - 1].value().key

    def __iter__(self) -> Self:
        return self.copy()


@fieldwise_init
struct _DictValues[K: Copyable, V: Copyable](Copyable):
    var entries: UnsafePointer[Optional[DictEntry[Self.K, Self.V]]]
    var index: Int
    var n: Int

    def __has_next__(self) -> Bool:
        var j = self.index
        while j < self.n and not self.entries[j]:
            j += 1
        return j < self.n

    def __next__(mut self) -> ref [self] Self.V:
        while not self.entries[self.index]:
            self.index += 1
        self.index += 1
        return self.entries[self.index - 1].value().value

    def __iter__(self) -> Self:
        return self.copy()


@fieldwise_init
struct _DictItems[K: Copyable, V: Copyable](Copyable):
    var entries: UnsafePointer[Optional[DictEntry[Self.K, Self.V]]]
    var index: Int
    var n: Int

    def __has_next__(self) -> Bool:
        var j = self.index
        while j < self.n and not self.entries[j]:
            j += 1
        return j < self.n

    def __next__(mut self) -> ref [self] DictEntry[Self.K, Self.V]:
        while not self.entries[self.index]:
            self.index += 1
        self.index += 1
        return self.entries[self.index - 1].value()

    def __iter__(self) -> Self:
        return self.copy()


struct Set[T: Copyable](Copyable, Sized, Writable):
    var _items: Dict[Self.T, Bool]

    def __init__(out self):
        self._items = Dict[Self.T, Bool]()

    def __init__(out self, *, copy: Self):
        self._items = copy._items.copy()

    def __init__(out self, *values: Self.T):
        self._items = Dict[Self.T, Bool]()
        for v in values:
            self.add(v.copy())

    def pop(mut self) raises -> Self.T:
        """Remove the element added last and give it back."""
        if len(self._items) == 0:
            raise Error("Pop on empty set")
        var entry = self._items.popitem()
        return entry.key.copy()

    def clear(mut self):
        self._items.clear()

    def copy(self) -> Self:
        return Self(copy=self)

    def __len__(self) -> Int:
        return len(self._items)

    def __bool__(self) -> Bool:
        return len(self._items) > 0

    def add(mut self, var value: Self.T):
        self._items[value^] = True

    def __contains__(self, value: Self.T) -> Bool:
        return value in self._items

    def remove(mut self, value: Self.T) raises DictKeyError[Self.T]:
        _ = self._items.pop(value)

    def discard(mut self, value: Self.T):
        _ = self._items.pop(value, False)

    def __iter__(self) -> _DictKeys[Self.T, Bool]:
        return self._items.keys()

    def union(self, other: Self) -> Self:
        var out = self.copy()
        for v in other:
            out.add(v.copy())
        return out^

    def intersection(self, other: Self) -> Self:
        var out = Set[Self.T]()
        for v in self:
            if v in other:
                out.add(v.copy())
        return out^

    def difference(self, other: Self) -> Self:
        var out = Set[Self.T]()
        for v in self:
            if not (v in other):
                out.add(v.copy())
        return out^

    def symmetric_difference(self, other: Self) -> Self:
        var out = self.difference(other)
        for v in other:
            if not (v in self):
                out.add(v.copy())
        return out^

    def issubset(self, other: Self) -> Bool:
        for v in self:
            if not (v in other):
                return False
        return True

    def issuperset(self, other: Self) -> Bool:
        return other.issubset(self)

    def isdisjoint(self, other: Self) -> Bool:
        for v in self:
            if v in other:
                return False
        return True

    def __or__(self, other: Self) -> Self:
        return self.union(other)

    def __and__(self, other: Self) -> Self:
        return self.intersection(other)

    def __sub__(self, other: Self) -> Self:
        return self.difference(other)

    def __xor__(self, other: Self) -> Self:
        return self.symmetric_difference(other)

    def update(mut self, other: Self):
        """Add the values of `other` (`a |= b`)."""
        for v in other:
            self.add(v.copy())

    def intersection_update(mut self, other: Self):
        self = self.intersection(other)

    def difference_update(mut self, other: Self):
        self = self.difference(other)

    def symmetric_difference_update(mut self, other: Self):
        self = self.symmetric_difference(other)

    def __ior__(mut self, other: Self):
        self.update(other)

    def __iand__(mut self, other: Self):
        self.intersection_update(other)

    def __isub__(mut self, other: Self):
        self.difference_update(other)

    def __ixor__(mut self, other: Self):
        self.symmetric_difference_update(other)

    def __le__(self, other: Self) -> Bool:
        return self.issubset(other)

    def __lt__(self, other: Self) -> Bool:
        return len(self) < len(other) and self.issubset(other)

    def __ge__(self, other: Self) -> Bool:
        return other.issubset(self)

    def __gt__(self, other: Self) -> Bool:
        return len(self) > len(other) and other.issubset(self)

    def __eq__(self, other: Self) -> Bool:
        return len(self) == len(other) and self.issubset(other)

    def __ne__(self, other: Self) -> Bool:
        return not (self == other)

    def write_to(self, mut writer: Some[Writer]):
        writer.write("{")
        var first = True
        for v in self:
            if not first:
                writer.write(", ")
            first = False
            writer.write(v)
        writer.write("}")

    def write_repr_to(self, mut writer: Some[Writer]):
        writer.write(__repr_type_name[Self](), "({")
        var first = True
        for v in self:
            if not first:
                writer.write(", ")
            first = False
            writer.write(repr(v))
        writer.write("})")


struct _DefaultHasher(Copyable):
    """The hasher `hash(x)` gives to a struct's `__hash__[H: Hasher](self, mut hasher: H)`: each
    value fed to it is mixed into the state (FNV-1a style over whole values)."""

    var _state: Int

    def __init__(out self):
        self._state = -3750763034362895579

    def update(mut self, value: Span[UInt8]):
        """Mix in bytes (`hasher.update(s.as_bytes())`), as Mojo 1.2's `Hasher` takes them."""
        for i in range(len(value)):
            self._state = (self._state ^ Int(value[i])) * 1099511628211

    def update(mut self, value: List[UInt8]):
        self.update(Span(value))

    # `x.__hash__(hasher)` of a built-in value (the checker calls these).
    def _update_value(mut self, x: Int):
        self._state = (self._state ^ _hash_int(x)) * 1099511628211

    def _update_value(mut self, x: Bool):
        self._update_value(Int(x))

    def _update_value(mut self, s: String):
        self._update_value(Int(hash(s)))

    def finish(self) -> Int:
        return self._state ^ (self._state >> 31)


def _hash_with_hasher[T: Copyable](value: T) -> Int:
    """`hash(x)` of a struct that feeds its fields to a hasher."""
    var h = _DefaultHasher()
    value.__hash__(h)
    return h.finish()
