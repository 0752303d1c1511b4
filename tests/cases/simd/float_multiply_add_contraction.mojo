# Mojo 1.2 fuses `a * b - c` on floats into one fused multiply-add (one rounding).
def mulsub(a: Float64, b: Float64) -> Float64:
    return a * b - 1

def main():
    var e = Float64(1)
    for _ in range(30):
        e /= 2
    print(mulsub(1 + e, 1 - e), (1 + e) * (1 - e) - 1)
    # CHECK: -8.673617379884035e-19 -8.673617379884035e-19
    var g = Float32(1)
    for _ in range(12):
        g /= 2
    print((1 + g) * (1 + g) - 1)
    # CHECK: 0.00048834085
