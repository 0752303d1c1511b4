def main():
    var a = SIMD[DType.int32, 4](1)
    var b = SIMD[DType.int32, 8](1)
    print(a + b)  # error[E0305]: '+' is not supported between 'SIMD[DType.int32, 4]' and 'SIMD[DType.int32, 8]'
