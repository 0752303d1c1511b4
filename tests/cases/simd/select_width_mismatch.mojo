def main():
    var a = SIMD[DType.int32, 4](1, 2, 3, 4)
    var m = SIMD[DType.bool, 8](fill=True)
    print(m.select(a, a))  # error[E0301]: 'select' needs two SIMD values of width 8
