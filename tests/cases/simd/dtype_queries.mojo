# Questions about a dtype at compile time (`dt.is_floating_point()`, `is_unsigned()`, ...), in
# `where` clauses and `comptime if`; `SIMDLength` is the type of a width parameter.
def describe[dt: DType]() -> String:
    comptime if dt.is_floating_point():
        return "float"
    elif dt.is_unsigned():
        return "unsigned"
    elif dt.is_integral():
        return "int"
    return "other"


def halve[dt: DType, w: SIMDLength, //](x: SIMD[dt, w]) -> SIMD[dt, w] where dt.is_floating_point():
    return x / 2


def main():
    print(describe[DType.float32](), describe[DType.uint8](), describe[DType.int64](), describe[DType.bool]())
    print(DType.float16.is_half_float(), DType.bfloat16.is_half_float(), DType.float32.is_signed(), DType.uint16.is_signed())
    print(DType.bool.is_numeric(), DType.int8.is_numeric())
    print(halve(SIMD[DType.float32, 4](1, 2, 3, 4)), halve(Float64(3)))

# The expected output, checked against Mojo 1.2:
# CHECK: float unsigned int other
# CHECK: True True True False
# CHECK: False True
# CHECK: [0.5, 1.0, 1.5, 2.0] 1.5
