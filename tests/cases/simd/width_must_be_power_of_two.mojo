def main():
    var v = SIMD[DType.float32, 3](1, 2, 3)  # error[E0301]: SIMD width must be a power of two
    print(v)
