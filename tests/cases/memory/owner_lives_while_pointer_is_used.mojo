# A variable lives as long as a pointer into it (`Pointer(to=t)`, `xs.unsafe_ptr()`) or a
# reference to one of its elements is still used: it is not destroyed, nor its memory reused,
# before that last use (checked with Mojo 1.2).
struct T:
    var id: Int
    var ids: List[Int]

    def __init__(out self, id: Int):
        self.id = id
        self.ids = [1, 2, 3]

    def __deinit__(deinit self):
        print("deinit", self.id)

def main():
    var data = List[Float32]()
    for i in range(16):
        data.append(Float32(i) * 0.5)
    var p = data.unsafe_ptr()
    var other = List[Float32](length=16, fill=-1.0)
    var acc = SIMD[DType.float32, 4](0)
    for i in range(0, 16, 4):
        acc += p.load[width=4](i)
    print(acc, acc.reduce_add(), other[0])
    # CHECK: [12.0, 14.0, 16.0, 18.0] 60.0 -1.0
    var t = T(5)
    var q = Pointer(to=t)
    print("use", q[].id)
    # CHECK: use 5
    # CHECK: deinit 5
    var u = T(6)
    ref e = u.ids[1]
    print("elem", e)
    # CHECK: elem 2
    # CHECK: deinit 6
    var xs: List[Int] = [1, 2, 3]
    var r = Pointer(to=xs)
    var more = List[Int](length=3, fill=-1)
    print(r[][0] + r[][2], more[0])
    # CHECK: 4 -1
