def main():
    var v = SIMD[DType.float32, 4](1, 2, 3, 4)
    print(v.cast[Int]())  # error[E0301]: expected a DType, found the type 'Int'
