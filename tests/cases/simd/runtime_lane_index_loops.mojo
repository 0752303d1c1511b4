# Lanes read and written with indices only known at run time.
def main():
    var v = SIMD[DType.int64, 8]()
    for i in range(8):
        v[i] = Int64(i * i) - 10
    print(v)
    # CHECK: [-10, -9, -6, -1, 6, 15, 26, 39]
    var total = Int64(0)
    for i in range(8):
        total += v[7 - i] * Int64(i)
    print(total)
    # CHECK: -84
    # reverse in place by swapping lanes
    for i in range(4):
        var t = v[i]
        v[i] = v[7 - i]
        v[7 - i] = t
    print(v)
    # CHECK: [39, 26, 15, 6, -1, -6, -9, -10]
    var f = SIMD[DType.float32, 4](0.5)
    var k = 0
    while k < 4:
        f[k] = f[k] * Float32(k + 1)
        k += 1
    print(f, f[k - 1])
    # CHECK: [0.5, 1.0, 1.5, 2.0] 2.0
    var flags = SIMD[DType.bool, 8](fill=False)
    for i in range(0, 8, 3):
        flags[i] = True
    print(flags)
    # CHECK: [True, False, False, True, False, False, True, False]
