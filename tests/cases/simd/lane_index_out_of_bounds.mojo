# EXIT: 1
# STDERR: error[E0605]: index 8 is out of bounds for a SIMD of width 8
def main():
    var v = SIMD[DType.uint8, 8](0)
    for i in range(9):
        v[i] = UInt8(i)
    print(v)
