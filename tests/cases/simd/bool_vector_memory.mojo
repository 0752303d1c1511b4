
def main():
    var p = alloc[SIMD[DType.bool, 4]](2)
    p[0] = SIMD[DType.bool, 4](True, False, True, True)
    p[1] = SIMD[DType.bool, 4](False, True, False, False)
    var q = p.bitcast[UInt8]()
    for i in range(8):
        print(q[i], end=" ")
    print()
    print(p[0], p[1])
    p.free()
# A SIMD of bools in memory is one byte a lane, on every executor: elements are the layout's
# size apart, and their bytes are 0 or 1.
# CHECK: 1 0 1 1 0 1 0 0 
# CHECK: [True, False, True, True] [False, True, False, False]
