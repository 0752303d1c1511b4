"""`Optional[T]`: a value of type `T`, or none. Part of the prelude. `None` and a `T` convert to
an `Optional[T]` where one is expected (`return None`, `var o: Optional[Int] = 3`)."""


struct Optional[T: Copyable](Boolable, Copyable, Writable):
    # The value lives in memory of its own; a null pointer is "no value".
    var _ptr: UnsafePointer[Self.T]

    @implicit
    def __init__(out self):
        self._ptr = UnsafePointer[Self.T]()

    @implicit
    def __init__(out self, none: NoneType):
        self._ptr = UnsafePointer[Self.T]()

    @implicit
    def __init__(out self, var value: Self.T):
        self._ptr = alloc[Self.T](1)
        self._ptr[0] = value^

    def __init__(out self, *, copy: Self):
        if copy._ptr:
            self._ptr = alloc[Self.T](1)
            self._ptr[0] = copy._ptr[0].copy()
        else:
            self._ptr = UnsafePointer[Self.T]()

    def copy(self) -> Self:
        return Self(copy=self)

    def __del__(deinit self):
        if self._ptr:
            self._ptr.destroy_pointee()
            self._ptr.free()

    def __bool__(self) -> Bool:
        return Bool(self._ptr)

    def __is__(self, other: NoneType) -> Bool:
        return not self._ptr

    def __isnot__(self, other: NoneType) -> Bool:
        return Bool(self._ptr)

    def __eq__(self, other: Self) -> Bool:
        """Both empty, or both holding equal values."""
        if self._ptr and other._ptr:
            return self._ptr[0] == other._ptr[0]
        return not self._ptr and not other._ptr

    def __ne__(self, other: Self) -> Bool:
        return not (self == other)

    def value(self, *, __loc: String = __call_location()) -> ref [self] Self.T:
        if not self._ptr:
            __intrinsic_abort("E0607", "`.value()` of an empty Optional", __loc)
        return self._ptr[0]

    def unsafe_value(self) -> ref [self] Self.T:
        """The value, without checking that there is one (the optional must hold a value)."""
        return self._ptr[0]

    def or_else(self, default: Self.T) -> Self.T:
        if self._ptr:
            return self._ptr[0].copy()
        return default.copy()

    def take(mut self, *, __loc: String = __call_location()) -> Self.T:
        if not self._ptr:
            __intrinsic_abort("E0607", "`.take()` of an empty Optional", __loc)
        var v = self._ptr.take_pointee()
        self._ptr.free()
        self._ptr = UnsafePointer[Self.T]()
        return v^

    def write_to(self, mut writer: Some[Writer]):
        if self._ptr:
            writer.write(self._ptr[0])
        else:
            writer.write("None")

    def write_repr_to(self, mut writer: Some[Writer]):
        writer.write(__repr_type_name[Self](), "(")
        if self._ptr:
            writer.write(repr(self._ptr[0]))
        else:
            writer.write("None")
        writer.write(")")
