# `Int.MAX`/`Int.MIN` and the scalar types' limits; `Float64.MAX` is infinity, `MAX_FINITE` the
# largest finite value.
def main():
    print(UInt64.MAX, Int8.MIN, Int8.MAX, Float32.MAX_FINITE, Float64.MIN, Float64.MIN_FINITE, UInt16.MIN, Int64.MIN)
    print(Int.MAX, Int.MIN, UInt8.MAX, Int32.MIN, Float64.MAX)

# The expected output, checked against Mojo 1.2:
# CHECK: 18446744073709551615 -128 127 3.4028235e+38 -inf -1.7976931348623157e+308 0 -9223372036854775808
# CHECK: 9223372036854775807 -9223372036854775808 255 -2147483648 inf
