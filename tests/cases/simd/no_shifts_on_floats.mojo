def main():
    var a = SIMD[DType.float64, 2](1.5)
    print(a << 1)  # error[E0305]: '<<' is not supported
