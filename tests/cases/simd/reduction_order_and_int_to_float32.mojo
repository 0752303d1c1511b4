# Reductions combine halves, as Mojo's do (it matters for float sums); an integer becomes a
# Float32 with one rounding.
def main():
    print(SIMD[DType.float32, 4](1e8, 1, -1e8, 1).reduce_add())
    # CHECK: 2.0
    var n = 1152921573326323713
    print(Float32(n))
    # CHECK: 1.1529216e+18
