# A `comptime` value declared in a function body can be a parameter of a type or a call in the
# rest of the function (`SIMD[dt, W]`, `Array[T, n]`, `load[width=W]`).
def main():
    comptime W = 4
    comptime n = W - 1
    comptime T = Float64
    var v = SIMD[DType.float32, W](1.5)
    var xs = List[T]()
    xs.append(2.5)
    var a = Array[Int, n](fill=7)
    var p = alloc[Float32](W)
    for i in range(W):
        p[i] = Float32(i)
    print(v, xs, a[2], len(a), p.load[width=W](0))
    p.free()

# The expected output, checked against Mojo 1.2:
# CHECK: [1.5, 1.5, 1.5, 1.5] [2.5] 7 3 [0.0, 1.0, 2.0, 3.0]
