def main():
    var a = SIMD[DType.int32, 4](1, 2, 3, 4)
    print(a.shuffle[0, 1, 2, 9]())  # error[E0301]: shuffle index must be from 0 to 3
