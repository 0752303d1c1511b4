"""`OwnedPointer[T]` and `ArcPointer[T]` (`std.memory`): a value in memory of its own, owned by one
pointer, or shared by every copy of the pointer and destroyed with the last one."""


struct OwnedPointer[T: Movable](Movable):
    """The only owner of a value in memory: `p[]` is the value; it is destroyed with the pointer."""

    var _ptr: UnsafePointer[Self.T]

    def __init__(out self, var value: Self.T):
        self._ptr = alloc[Self.T](1)
        self._ptr.init_pointee_move(value^)

    def __getitem__(self) -> ref [self] Self.T:
        return self._ptr[]

    def __del__(deinit self):
        self._ptr.destroy_pointee()
        self._ptr.free()


struct _ArcInner[T: Movable]:
    var count: Int
    var value: Self.T

    def __init__(out self, var value: Self.T):
        self.count = 1
        self.value = value^


struct ArcPointer[T: Movable](ImplicitlyCopyable, Movable):
    """A value in memory shared by every copy of the pointer (copying counts one more owner);
    the last copy to go destroys it. `p[]` is the value."""

    var _ptr: UnsafePointer[_ArcInner[Self.T]]

    def __init__(out self, var value: Self.T):
        self._ptr = alloc[_ArcInner[Self.T]](1)
        self._ptr.init_pointee_move(_ArcInner[Self.T](value^))

    def __init__(out self, *, copy: Self):
        self._ptr = copy._ptr
        self._ptr[].count += 1

    def copy(self) -> Self:
        return Self(copy=self)

    def __getitem__(self) -> ref [self] Self.T:
        return self._ptr[].value

    def count(self) -> Int:
        """How many pointers share the value."""
        return self._ptr[].count

    def __del__(deinit self):
        self._ptr[].count -= 1
        if self._ptr[].count == 0:
            self._ptr.destroy_pointee()
            self._ptr.free()
