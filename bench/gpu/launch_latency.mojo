# How long a kernel's first launch takes (specialising it, LLVM, loading the module) against a
# launch of the same kernel once it is cached. Prints milliseconds.
from max.gpu import global_idx
from max.gpu.host import DeviceContext
from std.time import perf_counter_ns


def scale[factor: Int](p: UnsafePointer[Float32, MutAnyOrigin], n: Int32):
    var i = global_idx.x
    if i < Int(n):
        p[i] = p[i] * Float32(factor)


def main() raises:
    var ctx = DeviceContext()
    var buf = ctx.enqueue_create_buffer[DType.float32](256)
    buf.enqueue_fill(1.0)
    ctx.synchronize()
    var t0 = perf_counter_ns()
    ctx.enqueue_function[scale[2]](buf, Int32(256), grid_dim=1, block_dim=256)
    ctx.synchronize()
    var t1 = perf_counter_ns()
    ctx.enqueue_function[scale[3]](buf, Int32(256), grid_dim=1, block_dim=256)
    ctx.synchronize()
    var t2 = perf_counter_ns()
    var reps = 20
    for _ in range(reps):
        ctx.enqueue_function[scale[2]](buf, Int32(256), grid_dim=1, block_dim=256)
        ctx.synchronize()
    var t3 = perf_counter_ns()
    print("first_launch_ms", Float64(t1 - t0) / 1.0e6)
    print("second_kernel_first_launch_ms", Float64(t2 - t1) / 1.0e6)
    print("cached_launch_ms", Float64(t3 - t2) / 1.0e6 / Float64(reps))
    with buf.map_to_host() as h:
        print("check", "ok" if h[0] == 6.0 * Float32(1 << 20) else "WRONG")
