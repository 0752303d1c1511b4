# Integer kinds wrap, floor division and modulo, float printing, bit operations, limits.
def main():
    var a: Int8 = 127
    a += 1
    print(a, UInt8(255) + 1, Int32(-7) // 2, Int32(-7) % 3, -7 // 2, 7 % -3)
    print(Float32(0.1) + Float32(0.2), 0.1 + 0.2, Float64(1) / 3, 2 ** 10, 2.0 ** 2.0)
    print(Int(Float64(3.99)), Int(Float64(-3.99)), round(2.5), round(3.5), abs(-4), abs(-2.5))
    print(1e16, 1e15, 123456789.0, 0.000012, Float32(3.14159265), Float64(1) / 0.0)
    var x = 5
    print(x << 2, x >> 1, x & 3, x | 8, x ^ 1, ~x, -x)
    print(Int.MAX, Int.MIN, UInt8.MAX, Int16.MIN, Float32.MAX)
    print(Bool(0), Bool(3), Int(True))
    print(10 / 4, 10 // 4, -10.0 // 4, 10.0 % 4)

# The expected output, checked against Mojo 1.2:
# CHECK: -128 0 -4 2 -4 -2
# CHECK: 0.3 0.3 0.3333333333333333 1024 4.0
# CHECK: 3 -3 2.0 4.0 4 2.5
# CHECK: 1e+16 1000000000000000.0 123456789.0 1.2e-05 3.1415927 inf
# CHECK: 20 2 1 13 4 -6 -5
# CHECK: 9223372036854775807 -9223372036854775808 255 -32768 inf
# CHECK: False True 1
# CHECK: 2.5 2 -3.0 2.0
