# Memory bandwidth on the GPU: a device-to-device copy (the baseline), a copy kernel and a
# vector-add kernel, over `n` Float32 values (`mojo-like run bandwidth.mojo N REPS`). Prints one
# `name value` line per measurement (GB/s) and checks the kernels' results.
from max.gpu import global_idx
from max.gpu.host import DeviceContext
from std.math import ceildiv
from std.sys import argv
from std.time import perf_counter_ns

comptime TPB = 256


def copy_kernel(dst: UnsafePointer[Float32, MutAnyOrigin], src: UnsafePointer[Float32, MutAnyOrigin], n: Int64):
    var i = global_idx.x * 4
    if i + 3 < Int(n):
        dst.store[alignment=16](i, src.load[width=4, alignment=16](i))


def vector_add(c: UnsafePointer[Float32, MutAnyOrigin], a: UnsafePointer[Float32, MutAnyOrigin], b: UnsafePointer[Float32, MutAnyOrigin], n: Int64):
    var i = global_idx.x * 4
    if i + 3 < Int(n):
        var x = a.load[width=4, alignment=16](i)
        var y = b.load[width=4, alignment=16](i)
        c.store[alignment=16](i, x + y)


def gbs(bytes: Int, ns: Int) -> Float64:
    return Float64(bytes) / Float64(max(ns, 1))


def main() raises:
    var args = argv()
    var n = Int(args[1]) if len(args) > 1 else 1 << 12
    var reps = Int(args[2]) if len(args) > 2 else 2
    n = n // 4 * 4
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.float32](n)
    var b = ctx.enqueue_create_buffer[DType.float32](n)
    var c = ctx.enqueue_create_buffer[DType.float32](n)
    with a.map_to_host() as h:
        for i in range(n):
            h[i] = Float32(i % 1024)
    b.enqueue_fill(1.0)
    var blocks = ceildiv(n // 4, TPB)
    # Warm up (the first launch compiles the kernels).
    ctx.enqueue_copy(dst_buf=c, src_buf=a)
    ctx.enqueue_function[copy_kernel](c, a, Int64(n), grid_dim=blocks, block_dim=TPB)
    ctx.enqueue_function[vector_add](c, a, b, Int64(n), grid_dim=blocks, block_dim=TPB)
    ctx.synchronize()
    var bytes = n * 4
    var t0 = perf_counter_ns()
    for _ in range(reps):
        ctx.enqueue_copy(dst_buf=c, src_buf=a)
    ctx.synchronize()
    var t1 = perf_counter_ns()
    print("copy_d2d_gbs", gbs(2 * bytes * reps, t1 - t0))
    t0 = perf_counter_ns()
    for _ in range(reps):
        ctx.enqueue_function[copy_kernel](c, a, Int64(n), grid_dim=blocks, block_dim=TPB)
    ctx.synchronize()
    t1 = perf_counter_ns()
    print("copy_kernel_gbs", gbs(2 * bytes * reps, t1 - t0))
    t0 = perf_counter_ns()
    for _ in range(reps):
        ctx.enqueue_function[vector_add](c, a, b, Int64(n), grid_dim=blocks, block_dim=TPB)
    ctx.synchronize()
    t1 = perf_counter_ns()
    print("vector_add_gbs", gbs(3 * bytes * reps, t1 - t0))
    var ok = True
    with c.map_to_host() as h:
        for i in range(0, n, max(n // 97, 1)):
            if h[i] != Float32(i % 1024) + 1.0:
                ok = False
    print("check", "ok" if ok else "WRONG")
