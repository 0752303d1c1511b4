comptime Vec4 = SIMD[DType.float32, 4]
comptime Ints = List[Int]
comptime Real = Float64

def norm2(v: Vec4) -> Float32:
    return (v * v).reduce_add()

def main():
    var v = Vec4(1, 2, 3, 4)
    var xs: Ints = [1, 2]
    var r: Real = 2.5
    print(norm2(v), xs, r * 2)
    # CHECK: 30.0 [1, 2] 5.0
