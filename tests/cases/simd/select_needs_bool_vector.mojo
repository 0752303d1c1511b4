def main():
    var v = SIMD[DType.float32, 4](1, 2, 3, 4)
    print(v.select(v, v))  # error[E0305]: 'select' is a method of a SIMD of bool
