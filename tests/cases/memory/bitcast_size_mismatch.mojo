# bitcast keeps the source's width unless told: four UInt16 lanes are not one UInt64.
from std.memory import bitcast

def main():
    var v = SIMD[DType.uint16, 4](1, 2, 3, 4)
    print(bitcast[DType.uint64](v))  # error[E0301]: cannot bitcast
