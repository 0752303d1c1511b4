# Float16 arithmetic is not contracted (Mojo 1.2 rounds h * c + d twice); BFloat16's is.
def main():
    print(Float32(0.333984375), Float16(0.1), BFloat16(0.1), Float16(3.14159), Float32(-2.75e-5), Float32(65504.0))
    var h: Float16 = 1.0
    for _ in range(12):
        h = h * 1.37 + 0.11
        print(h, end=" " if h < 50 else "")
    print()
    var b: BFloat16 = 1.0
    for _ in range(12):
        b = b * 1.37 + 0.11
        print(b, end=" " if b < 50 else "")
    print()
# CHECK: 0.33398437 0.099975586 0.100097656 3.140625 -2.75e-05 65504.0
# CHECK: 1.4804687 2.1386719 3.0390625 4.2734375 5.9648438 8.28125 11.453125 15.8046875 21.765625 29.9375 41.15625 56.5
# CHECK: 1.4765625 2.125 3.015625 4.21875 5.875 8.125 11.1875 15.375 21.125 29.0 39.75 54.5
