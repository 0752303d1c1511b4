def main():
    var a = SIMD[DType.uint8, 4](1, 2, 3, 4)
    print(a.fma(a, SIMD[DType.uint16, 4](1)))  # error[E0301]: cannot implicitly convert 'SIMD[DType.uint16, 4]' value to 'SIMD[DType.uint8, 4]'
