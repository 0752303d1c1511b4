# ARGS: --device none
# std.sys's questions about types and the machine (checked with `mojo run` 1.2.0 on an AVX-512
# machine, where it prints 16 8 64 8 for the widths; the relations below hold on any host).
# `--device none` is a machine without a GPU: `has_accelerator()` is False there, as in Mojo.
from std.sys import simd_width_of, num_physical_cores, num_logical_cores, has_accelerator, size_of, align_of, bit_width_of


def main():
    var w32 = simd_width_of[DType.float32]()
    print(w32 == 2 * simd_width_of[DType.float64](), simd_width_of[DType.int8]() == 4 * w32, simd_width_of[Int]() * 2 == w32)
    print(num_physical_cores() >= 1, num_logical_cores() >= num_physical_cores(), has_accelerator())
    print(size_of[Int](), size_of[Float32](), size_of[DType.float16](), align_of[Int64](), bit_width_of[Int]())
    print(size_of[SIMD[DType.float32, 4]](), size_of[UInt8]())
    comptime w = simd_width_of[DType.float32]()
    var v = SIMD[DType.float32, w](1.0)
    print(Int(v.reduce_add()) == w)
# CHECK: True True True
# CHECK: True True False
# CHECK: 8 4 2 8 64
# CHECK: 16 1
# CHECK: True
