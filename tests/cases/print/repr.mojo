# `repr(x)`: a value's text with its type, as Mojo 1.2 writes it. Structs use their
# `write_repr_to` if they have one, else the reflective `Name(field=repr(value), ...)`; the
# collections show their element types.
from std.collections import Set


@fieldwise_init
struct P(Copyable, Writable):
    var x: Int

    def write_to(self, mut w: Some[Writer]):
        w.write("P", self.x)


@fieldwise_init
struct Q(Copyable, Writable):
    var x: Int

    def write_repr_to(self, mut w: Some[Writer]):
        w.write("Q!", self.x)


@fieldwise_init
struct Box[T: Copyable & Writable & Deinitable](Copyable, Writable):
    var v: Self.T


@fieldwise_init
struct Pair(Copyable, Writable):
    var a: Int
    var t: Tuple[Int, String]


def main():
    print(repr("hi"), repr("it's"), repr('say "x"'), repr("a\nb\t\\"), repr("é"), repr("\x01\r\x7f"))
    print(repr(42), repr(3.5), repr(True), repr(P(3)), repr(Q(1)), P(2))
    print(repr(Int8(3)), repr(UInt8(7)), repr(Float32(1.5)), repr(Float16(1.5)), repr(Int64(5)))
    print(repr(SIMD[DType.int32, 2](1, 2)), repr(Scalar[DType.bool](True)), repr(-0.0), repr(Int.MAX))
    print(repr(Box[Int](3)), repr(Box[String]("s")), repr(Pair(1, (2, "x"))))
    var xs: List[String] = ["a", "b"]
    var fl: List[Float64] = [1.5, 2.0]
    var nested: List[List[Int]] = [[1], [2, 3]]
    print(repr(xs), repr(fl))
    print(repr(nested))
    var o: Optional[String] = None
    print(repr(o))
    o = "x"
    print(repr(o))
    var d = Dict[String, Int]()
    d["k"] = 1
    var s = Set[Int]()
    s.add(3)
    print(repr(d), repr(s))
    var a: Array[Int, 2] = [1, 2]
    print(repr(a), repr((1, "a")), repr(None))

# The expected output, checked against Mojo 1.2:
# CHECK: 'hi' 'it\'s' 'say "x"' 'a\nb\t\\' 'é' '\x01\r\x7f'
# CHECK: Int(42) Float64(3.5) True P(x=Int(3)) Q!1 P2
# CHECK: Int8(3) UInt8(7) Float32(1.5) Float16(1.5) Int64(5)
# CHECK: SIMD[DType.int32, 2](1, 2) SIMD[DType.bool, 1](True) Float64(-0.0) Int(9223372036854775807)
# CHECK: Box[SIMD[DType.int, 1]](v=Int(3)) Box[String](v='s') Pair(a=Int(1), t=Tuple[SIMD[DType.int, 1], String](Int(2), 'x'))
# CHECK: List[String](['a', 'b']) List[SIMD[DType.float64, 1]]([Float64(1.5), Float64(2.0)])
# CHECK: List[List[SIMD[DType.int, 1]]]([List[SIMD[DType.int, 1]]([Int(1)]), List[SIMD[DType.int, 1]]([Int(2), Int(3)])])
# CHECK: Optional[String](None)
# CHECK: Optional[String]('x')
# CHECK: Dict[String, SIMD[DType.int, 1]]({'k': Int(1)}) Set[SIMD[DType.int, 1], Hasher=AHasher[[0, 0, 0, 0] : SIMD[DType.uint64, 4]]]({Int(3)})
# CHECK: Array[SIMD[DType.int, 1], 2]([Int(1), Int(2)]) Tuple[SIMD[DType.int, 1], String](Int(1), 'a') None
