# PTX: .param .align 16 .b8
# Kernel parameters of every fixed-width kind arrive intact: Int8, UInt64 above 2^32, Int64
# negative, Float64, Float16, and a SIMD[float32, 4] vector; a `comptime` constant is shared by the
# host and the kernel.
from max.gpu import thread_idx
from max.gpu.host import DeviceContext

comptime BIAS = 1000


def k(out_: UnsafePointer[Float64, MutAnyOrigin], a: Int8, b: UInt64, c: Int64, d: Float64, e: Float16, v: SIMD[DType.float32, 4]):
    var t = thread_idx.x
    # Constant lane indices: a run-time index into a SIMD parameter is bugs/simd_param_dynamic_index.mojo.
    var lane = v[0] if t == 0 else (v[1] if t == 1 else (v[2] if t == 2 else v[3]))
    out_[t] = Float64(lane) + Float64(BIAS)
    if t == 0:
        out_[4] = Float64(a)
        out_[5] = Float64(b - 4294967296)
        out_[6] = Float64(c)
        out_[7] = d
        out_[8] = Float64(e)


def main() raises:
    var ctx = DeviceContext()
    var out_ = ctx.enqueue_create_buffer[DType.float64](9)
    var v = SIMD[DType.float32, 4](0.5, -1.25, 3.0, 1e6)
    ctx.enqueue_function[k](out_, Int8(-128), UInt64(4294967296 + 77), Int64(-9_000_000_000), Float64(2.0) ** -30, Float16(-0.125), v, grid_dim=1, block_dim=4)
    with out_.map_to_host() as h:
        print(h[0], h[1], h[2], h[3])
        print(h[4], h[5], h[6], h[7], h[8], BIAS)
# CHECK: 1000.5 998.75 1003.0 1001000.0
# CHECK: -128.0 77.0 -9000000000.0 9.313225746154785e-10 -0.125 1000
