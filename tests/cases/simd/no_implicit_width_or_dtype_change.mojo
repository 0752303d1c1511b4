def main():
    var a = SIMD[DType.float32, 4](1, 2, 3, 4)
    var b: SIMD[DType.float32, 8] = a  # error[E0301]: cannot implicitly convert 'SIMD[DType.float32, 4]' value to 'SIMD[DType.float32, 8]'
    var c: SIMD[DType.float64, 4] = a  # error[E0301]: cannot implicitly convert 'SIMD[DType.float32, 4]' value to 'SIMD[DType.float64, 4]'
    print(b, c)
