# Dot product of two 64-element sequences, eight lanes at a time.
def chunk(base: Int, step: Float64) -> SIMD[DType.float64, 8]:
    var c = SIMD[DType.float64, 8]()
    for i in range(8):
        c[i] = Float64(base + i) * step
    return c

def main():
    var acc = SIMD[DType.float64, 8](0)
    var n = 64
    var i = 0
    while i < n:
        var a = chunk(i, 0.5)
        var b = chunk(n - i - 8, 0.25)
        acc = a.fma(b, acc)
        i += 8
    print(acc)
    # CHECK: [448.0, 505.0, 564.0, 625.0, 688.0, 753.0, 820.0, 889.0]
    print(acc.reduce_add())
    # CHECK: 5292.0
    var total = Float64(0)
    for k in range(n):
        total += Float64(k) * 0.5 * (Float64(n - 8 - (k // 8) * 8 + k % 8) * 0.25)
    print(total, total == acc.reduce_add())
    # CHECK: 5292.0 True
