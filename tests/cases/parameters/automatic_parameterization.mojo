# Automatic parameterization: an argument typed with a bare struct template (`v: Vec`,
# `xs: List`) or with `_` for a parameter (`SIMD[DType.float32, _]`) makes the function generic
# over those parameters, inferred from each call.
struct Vec[N: Int](Copyable):
    var data: List[Int]
    def __init__(out self):
        self.data = List[Int](length=Self.N, fill=1)

def total(v: Vec) -> Int:
    var s = 0
    for x in v.data:
        s += x
    return s * v.N

def main_vec():
    print(total(Vec[3]()), total(Vec[5]()))

def lanes(v: SIMD[DType.float32, _]) -> Int:
    return v.length

def count(xs: List) -> Int:
    return len(xs)

def main():
    main_vec()
    print(lanes(SIMD[DType.float32, 4](1)), lanes(Float32(2)))
    var a: List[String] = ["x"]
    print(count([1, 2, 3]), count(a))

# The expected output, checked against Mojo 1.2:
# CHECK: 9 25
# CHECK: 4 1
# CHECK: 3 1
