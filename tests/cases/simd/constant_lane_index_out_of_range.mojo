# A constant lane index is checked at compile time (Mojo 1.2 does not check it at all).
def main():
    var v = SIMD[DType.float32, 4](1, 2, 3, 4)
    print(v[4])  # error[E0301]: index 4 is out of bounds for a SIMD of width 4
