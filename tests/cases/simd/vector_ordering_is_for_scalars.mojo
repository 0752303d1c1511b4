def main():
    var v = SIMD[DType.float32, 4](1, 2, 3, 4)
    print(v > 2)  # error[E0305]: '>' is only defined for scalars
