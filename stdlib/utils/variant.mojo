"""`Variant[T0, T1, ...]` (`std.utils`): a value of one of several types, which one it holds
known at run time. Up to 8 types; the ones left out are `NoneType` and never used. The value
lives in memory of its own type (one pointer per type, only the one in use set), so the variant
moves by its bits, and copying or destroying it copies or destroys the value it holds."""


struct Variant[
    T0: Copyable & Movable,
    T1: Copyable & Movable = NoneType,
    T2: Copyable & Movable = NoneType,
    T3: Copyable & Movable = NoneType,
    T4: Copyable & Movable = NoneType,
    T5: Copyable & Movable = NoneType,
    T6: Copyable & Movable = NoneType,
    T7: Copyable & Movable = NoneType,
](Copyable, Movable):
    var _tag: Int
    var _p0: UnsafePointer[Self.T0]
    var _p1: UnsafePointer[Self.T1]
    var _p2: UnsafePointer[Self.T2]
    var _p3: UnsafePointer[Self.T3]
    var _p4: UnsafePointer[Self.T4]
    var _p5: UnsafePointer[Self.T5]
    var _p6: UnsafePointer[Self.T6]
    var _p7: UnsafePointer[Self.T7]

    @implicit
    def __init__(out self, var value: Self.T0):
        self._tag = -1
        self._p0 = UnsafePointer[Self.T0]()
        self._p1 = UnsafePointer[Self.T1]()
        self._p2 = UnsafePointer[Self.T2]()
        self._p3 = UnsafePointer[Self.T3]()
        self._p4 = UnsafePointer[Self.T4]()
        self._p5 = UnsafePointer[Self.T5]()
        self._p6 = UnsafePointer[Self.T6]()
        self._p7 = UnsafePointer[Self.T7]()
        self._tag = 0
        self._p0 = alloc[Self.T0](1)
        self._p0.init_pointee_move(value^)

    @implicit
    def __init__(out self, var value: Self.T1):
        self._tag = -1
        self._p0 = UnsafePointer[Self.T0]()
        self._p1 = UnsafePointer[Self.T1]()
        self._p2 = UnsafePointer[Self.T2]()
        self._p3 = UnsafePointer[Self.T3]()
        self._p4 = UnsafePointer[Self.T4]()
        self._p5 = UnsafePointer[Self.T5]()
        self._p6 = UnsafePointer[Self.T6]()
        self._p7 = UnsafePointer[Self.T7]()
        self._tag = 1
        self._p1 = alloc[Self.T1](1)
        self._p1.init_pointee_move(value^)

    @implicit
    def __init__(out self, var value: Self.T2):
        self._tag = -1
        self._p0 = UnsafePointer[Self.T0]()
        self._p1 = UnsafePointer[Self.T1]()
        self._p2 = UnsafePointer[Self.T2]()
        self._p3 = UnsafePointer[Self.T3]()
        self._p4 = UnsafePointer[Self.T4]()
        self._p5 = UnsafePointer[Self.T5]()
        self._p6 = UnsafePointer[Self.T6]()
        self._p7 = UnsafePointer[Self.T7]()
        self._tag = 2
        self._p2 = alloc[Self.T2](1)
        self._p2.init_pointee_move(value^)

    @implicit
    def __init__(out self, var value: Self.T3):
        self._tag = -1
        self._p0 = UnsafePointer[Self.T0]()
        self._p1 = UnsafePointer[Self.T1]()
        self._p2 = UnsafePointer[Self.T2]()
        self._p3 = UnsafePointer[Self.T3]()
        self._p4 = UnsafePointer[Self.T4]()
        self._p5 = UnsafePointer[Self.T5]()
        self._p6 = UnsafePointer[Self.T6]()
        self._p7 = UnsafePointer[Self.T7]()
        self._tag = 3
        self._p3 = alloc[Self.T3](1)
        self._p3.init_pointee_move(value^)

    @implicit
    def __init__(out self, var value: Self.T4):
        self._tag = -1
        self._p0 = UnsafePointer[Self.T0]()
        self._p1 = UnsafePointer[Self.T1]()
        self._p2 = UnsafePointer[Self.T2]()
        self._p3 = UnsafePointer[Self.T3]()
        self._p4 = UnsafePointer[Self.T4]()
        self._p5 = UnsafePointer[Self.T5]()
        self._p6 = UnsafePointer[Self.T6]()
        self._p7 = UnsafePointer[Self.T7]()
        self._tag = 4
        self._p4 = alloc[Self.T4](1)
        self._p4.init_pointee_move(value^)

    @implicit
    def __init__(out self, var value: Self.T5):
        self._tag = -1
        self._p0 = UnsafePointer[Self.T0]()
        self._p1 = UnsafePointer[Self.T1]()
        self._p2 = UnsafePointer[Self.T2]()
        self._p3 = UnsafePointer[Self.T3]()
        self._p4 = UnsafePointer[Self.T4]()
        self._p5 = UnsafePointer[Self.T5]()
        self._p6 = UnsafePointer[Self.T6]()
        self._p7 = UnsafePointer[Self.T7]()
        self._tag = 5
        self._p5 = alloc[Self.T5](1)
        self._p5.init_pointee_move(value^)

    @implicit
    def __init__(out self, var value: Self.T6):
        self._tag = -1
        self._p0 = UnsafePointer[Self.T0]()
        self._p1 = UnsafePointer[Self.T1]()
        self._p2 = UnsafePointer[Self.T2]()
        self._p3 = UnsafePointer[Self.T3]()
        self._p4 = UnsafePointer[Self.T4]()
        self._p5 = UnsafePointer[Self.T5]()
        self._p6 = UnsafePointer[Self.T6]()
        self._p7 = UnsafePointer[Self.T7]()
        self._tag = 6
        self._p6 = alloc[Self.T6](1)
        self._p6.init_pointee_move(value^)

    @implicit
    def __init__(out self, var value: Self.T7):
        self._tag = -1
        self._p0 = UnsafePointer[Self.T0]()
        self._p1 = UnsafePointer[Self.T1]()
        self._p2 = UnsafePointer[Self.T2]()
        self._p3 = UnsafePointer[Self.T3]()
        self._p4 = UnsafePointer[Self.T4]()
        self._p5 = UnsafePointer[Self.T5]()
        self._p6 = UnsafePointer[Self.T6]()
        self._p7 = UnsafePointer[Self.T7]()
        self._tag = 7
        self._p7 = alloc[Self.T7](1)
        self._p7.init_pointee_move(value^)

    def __init__(out self, *, copy: Self):
        self._tag = -1
        self._p0 = UnsafePointer[Self.T0]()
        self._p1 = UnsafePointer[Self.T1]()
        self._p2 = UnsafePointer[Self.T2]()
        self._p3 = UnsafePointer[Self.T3]()
        self._p4 = UnsafePointer[Self.T4]()
        self._p5 = UnsafePointer[Self.T5]()
        self._p6 = UnsafePointer[Self.T6]()
        self._p7 = UnsafePointer[Self.T7]()
        self._tag = copy._tag
        if copy._tag == 0:
            self._p0 = alloc[Self.T0](1)
            self._p0.init_pointee_copy(copy._p0[])
        if copy._tag == 1:
            self._p1 = alloc[Self.T1](1)
            self._p1.init_pointee_copy(copy._p1[])
        if copy._tag == 2:
            self._p2 = alloc[Self.T2](1)
            self._p2.init_pointee_copy(copy._p2[])
        if copy._tag == 3:
            self._p3 = alloc[Self.T3](1)
            self._p3.init_pointee_copy(copy._p3[])
        if copy._tag == 4:
            self._p4 = alloc[Self.T4](1)
            self._p4.init_pointee_copy(copy._p4[])
        if copy._tag == 5:
            self._p5 = alloc[Self.T5](1)
            self._p5.init_pointee_copy(copy._p5[])
        if copy._tag == 6:
            self._p6 = alloc[Self.T6](1)
            self._p6.init_pointee_copy(copy._p6[])
        if copy._tag == 7:
            self._p7 = alloc[Self.T7](1)
            self._p7.init_pointee_copy(copy._p7[])

    def copy(self) -> Self:
        return Self(copy=self)

    def __del__(deinit self):
        if self._p0:
            self._p0.destroy_pointee()
            self._p0.free()
        if self._p1:
            self._p1.destroy_pointee()
            self._p1.free()
        if self._p2:
            self._p2.destroy_pointee()
            self._p2.free()
        if self._p3:
            self._p3.destroy_pointee()
            self._p3.free()
        if self._p4:
            self._p4.destroy_pointee()
            self._p4.free()
        if self._p5:
            self._p5.destroy_pointee()
            self._p5.free()
        if self._p6:
            self._p6.destroy_pointee()
            self._p6.free()
        if self._p7:
            self._p7.destroy_pointee()
            self._p7.free()

    def _clear(mut self):
        if self._p0:
            self._p0.destroy_pointee()
            self._p0.free()
            self._p0 = UnsafePointer[Self.T0]()
        if self._p1:
            self._p1.destroy_pointee()
            self._p1.free()
            self._p1 = UnsafePointer[Self.T1]()
        if self._p2:
            self._p2.destroy_pointee()
            self._p2.free()
            self._p2 = UnsafePointer[Self.T2]()
        if self._p3:
            self._p3.destroy_pointee()
            self._p3.free()
            self._p3 = UnsafePointer[Self.T3]()
        if self._p4:
            self._p4.destroy_pointee()
            self._p4.free()
            self._p4 = UnsafePointer[Self.T4]()
        if self._p5:
            self._p5.destroy_pointee()
            self._p5.free()
            self._p5 = UnsafePointer[Self.T5]()
        if self._p6:
            self._p6.destroy_pointee()
            self._p6.free()
            self._p6 = UnsafePointer[Self.T6]()
        if self._p7:
            self._p7.destroy_pointee()
            self._p7.free()
            self._p7 = UnsafePointer[Self.T7]()
        self._tag = -1

    def _put[T: Copyable & Movable](mut self, var value: T):
        comptime if __type_is_eq(T, Self.T0):
            self._tag = 0
            self._p0 = alloc[Self.T0](1)
            self._p0.init_pointee_move(value^)
        elif __type_is_eq(T, Self.T1):
            self._tag = 1
            self._p1 = alloc[Self.T1](1)
            self._p1.init_pointee_move(value^)
        elif __type_is_eq(T, Self.T2):
            self._tag = 2
            self._p2 = alloc[Self.T2](1)
            self._p2.init_pointee_move(value^)
        elif __type_is_eq(T, Self.T3):
            self._tag = 3
            self._p3 = alloc[Self.T3](1)
            self._p3.init_pointee_move(value^)
        elif __type_is_eq(T, Self.T4):
            self._tag = 4
            self._p4 = alloc[Self.T4](1)
            self._p4.init_pointee_move(value^)
        elif __type_is_eq(T, Self.T5):
            self._tag = 5
            self._p5 = alloc[Self.T5](1)
            self._p5.init_pointee_move(value^)
        elif __type_is_eq(T, Self.T6):
            self._tag = 6
            self._p6 = alloc[Self.T6](1)
            self._p6.init_pointee_move(value^)
        elif __type_is_eq(T, Self.T7):
            self._tag = 7
            self._p7 = alloc[Self.T7](1)
            self._p7.init_pointee_move(value^)
        else:
            comptime assert False, "the type is not one of the variant's types"

    def set[T: Copyable & Movable](mut self, var value: T):
        """Hold `value` instead (the value held before is destroyed)."""
        self._clear()
        self._put(value^)

    def isa[T: AnyType](self) -> Bool:
        """Whether the variant holds a value of type `T`."""
        comptime if __type_is_eq(T, Self.T0):
            return self._tag == 0
        elif __type_is_eq(T, Self.T1):
            return self._tag == 1
        elif __type_is_eq(T, Self.T2):
            return self._tag == 2
        elif __type_is_eq(T, Self.T3):
            return self._tag == 3
        elif __type_is_eq(T, Self.T4):
            return self._tag == 4
        elif __type_is_eq(T, Self.T5):
            return self._tag == 5
        elif __type_is_eq(T, Self.T6):
            return self._tag == 6
        elif __type_is_eq(T, Self.T7):
            return self._tag == 7
        else:
            comptime assert False, "the type is not one of the variant's types"
        return False

    def _check(self, tag: Int, loc: String):
        if self._tag != tag:
            __intrinsic_abort("E0605", "get: wrong variant type", loc)

    def __getitem__[T: AnyType](self, *, __loc: String = __call_location()) -> ref [self] T:
        """The value held, which must be of type `T` (else the program stops)."""
        comptime if __type_is_eq(T, Self.T0):
            self._check(0, __loc)
            return self._p0[]
        elif __type_is_eq(T, Self.T1):
            self._check(1, __loc)
            return self._p1[]
        elif __type_is_eq(T, Self.T2):
            self._check(2, __loc)
            return self._p2[]
        elif __type_is_eq(T, Self.T3):
            self._check(3, __loc)
            return self._p3[]
        elif __type_is_eq(T, Self.T4):
            self._check(4, __loc)
            return self._p4[]
        elif __type_is_eq(T, Self.T5):
            self._check(5, __loc)
            return self._p5[]
        elif __type_is_eq(T, Self.T6):
            self._check(6, __loc)
            return self._p6[]
        elif __type_is_eq(T, Self.T7):
            self._check(7, __loc)
            return self._p7[]
        else:
            comptime assert False, "the type is not one of the variant's types"
