# Bool lanes: and/or/xor/not, masks built from comparisons, reductions and select.
def main():
    var a = SIMD[DType.bool, 8](True, True, False, False, True, False, True, False)
    var b = SIMD[DType.bool, 8](True, False, True, False, True, True, False, False)
    print(a & b)
    # CHECK: [True, False, False, False, True, False, False, False]
    print(a | b, a ^ b)
    # CHECK: [True, True, True, False, True, True, True, False] [False, True, True, False, False, True, True, False]
    print((a & b).reduce_or(), (a | b).reduce_and(), (a | ~a).reduce_and())
    # CHECK: True False True
    var n = SIMD[DType.int32, 8](5, -3, 8, 0, 2, -9, 4, 1)
    var even = (n & 1).eq(0)
    var pos = n.gt(0)
    print(even, even & pos)
    # CHECK: [False, False, True, True, True, False, True, False] [False, False, True, False, True, False, True, False]
    print((even & pos).select(n, -n), pos.select(n, SIMD[DType.int32, 8](0)).reduce_add())
    # CHECK: [-5, 3, 8, 0, 2, 9, 4, -1] 20
    print(a == b, a != b, a == a)
    # CHECK: False True True
