def main():
    var a = SIMD[DType.int32, 4](1, 2, 3, 4)
    print(a.slice[8]())  # error[E0301]: cannot slice 8 lanes from width 4
