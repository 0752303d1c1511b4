# Scalar math in a kernel on Float32 and Float64: `sqrt` of perfect squares, `min`/`max`, `abs`,
# `floor` of negative and positive values, and `exp(0.0)`; results are exact (or, for `sqrt(2)`,
# correctly rounded as IEEE requires).
from max.gpu import thread_idx
from max.gpu.host import DeviceContext
from std.math import sqrt, floor, exp


def k(inp: UnsafePointer[Float32, MutAnyOrigin], out_: UnsafePointer[Float32, MutAnyOrigin], d: UnsafePointer[Float64, MutAnyOrigin]):
    var t = thread_idx.x
    var x = inp[t]
    out_[t * 5 + 0] = sqrt(x * x)
    out_[t * 5 + 1] = min(x, Float32(1.5))
    out_[t * 5 + 2] = max(abs(x), Float32(2.0))
    out_[t * 5 + 3] = floor(x)
    out_[t * 5 + 4] = exp(x - x)
    var y = Float64(x) * 4.0
    d[t * 2] = sqrt(y * y + 25.0) if t == 0 else sqrt(abs(y))
    d[t * 2 + 1] = floor(-y) + max(y, -1.0)


def main() raises:
    var ctx = DeviceContext()
    var inp = ctx.enqueue_create_buffer[DType.float32](4)
    var out_ = ctx.enqueue_create_buffer[DType.float32](20)
    var d = ctx.enqueue_create_buffer[DType.float64](8)
    with inp.map_to_host() as h:
        h[0] = 3.0
        h[1] = -2.25
        h[2] = 0.5
        h[3] = -9.0
    ctx.enqueue_function[k](inp, out_, d, grid_dim=1, block_dim=4)
    with out_.map_to_host() as h:
        for t in range(4):
            print(h[t * 5], h[t * 5 + 1], h[t * 5 + 2], h[t * 5 + 3], h[t * 5 + 4])
    with d.map_to_host() as h:
        print(h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
# CHECK: 3.0 1.5 3.0 3.0 1.0
# CHECK: 2.25 -2.25 2.25 -3.0 1.0
# CHECK: 0.5 0.5 2.0 0.0 1.0
# CHECK: 9.0 -9.0 9.0 -9.0 1.0
# CHECK: 13.0 0.0 3.0 8.0 1.4142135623730951 0.0 6.0 35.0
