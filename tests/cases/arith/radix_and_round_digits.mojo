# `hex`/`bin`/`oct` (any integer kind, optional `prefix=`) and `round(x, ndigits)` (halves to even,
# symmetric about zero; an Int with ndigits >= 0 is itself).
def main():
    print(hex(-255), bin(-5), oct(-8), hex(0), bin(0), hex(Int8(-1)), hex(UInt8(200)))
    print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5, -2), round(7, 0))
    print(round(Float32(2.5)), round(2.567, 1), round(0.125, 2))
    print(hex(255, prefix="#"), bin(True))
    print(round(1.005, 2), round(2.675, 2), round(0.285, 2), round(1.015, 2), round(0.045, 2), round(5.5, 0), round(4.5, 0), round(0.5, 0))
    print(round(1234.5678, 3), round(-2.675, 2), round(2.665, 2), round(1e20, 2), round(0.0005, 3), round(15.0, -1), round(25.0, -1))

# The expected output, checked against Mojo 1.2:
# CHECK: -0xff -0b101 -0o10 0x0 0b0 -0x1 0xc8
# CHECK: 2.0 4.0 -2.0 2.68 1200.0 7
# CHECK: 2.0 2.6 0.12
# CHECK: #ff 0b1
# CHECK: 1.0 2.68 0.28 1.01 0.04 6.0 4.0 0.0
# CHECK: 1234.568 -2.68 2.66 1e+20 0.0 20.0 20.0
