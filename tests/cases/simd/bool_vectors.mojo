def main():
    var b = SIMD[DType.bool, 4](True, False, True, True)
    print(b.reduce_and(), b.reduce_or(), ~b, b & SIMD[DType.bool, 4](fill=False))
    # CHECK: False True [False, True, False, False] [False, False, False, False]
    print(Bool(Int8(0)), Bool(Float32(0.5)))
    # CHECK: False True
    print(Int8(5) == 5, Float32(0.5) < 1)
    # CHECK: True True
    if Float32(0.25):
        print("nonzero is true")
    # CHECK: nonzero is true
