def main():
    var v = SIMD[DType.int32, 4](1, 2, 3)  # error[E0302]: takes 1 value to splat or 4 lane values, got 3
    print(v)
