# An extension: the width of `SIMD[dt, w]` is inferred from the argument too (Mojo 1.2 reports
# "depends on an unresolved parameter 'w'" and needs it in brackets).
def square[dt: DType, w: Int, //](x: SIMD[dt, w]) -> SIMD[dt, w]:
    return x * x

def width_of[dt: DType, w: Int, //](x: SIMD[dt, w]) -> Int:
    return w

def main():
    var v = SIMD[DType.float32, 4](1, 2, 3, 4)
    print(square(v), square(Int16(300)), width_of(v), width_of(Float64(1)))
    # CHECK: [1.0, 4.0, 9.0, 16.0] 24464 4 1
