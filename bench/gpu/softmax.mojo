# Row softmax bandwidth: one block per row of `cols` Float32 values, the row's max and sum
# reduced in shared memory (`mojo-like run softmax.mojo ROWS COLS REPS`). Prints GB/s (the row
# read twice and written once counts as 2 reads + 1 write) and checks a row on the host.
from max.gpu import thread_idx, block_idx, barrier
from max.gpu.host import DeviceContext
from std.memory import stack_allocation, AddressSpace
from std.math import exp
from std.sys import argv
from std.time import perf_counter_ns

comptime TPB = 256


def softmax_rows(out_: UnsafePointer[Float32, MutAnyOrigin], inp: UnsafePointer[Float32, MutAnyOrigin], cols: Int32):
    var red = stack_allocation[TPB, DType.float32, address_space=AddressSpace.SHARED]()
    var t = thread_idx.x
    var row = block_idx.x * Int(cols)
    var m = Float32(-3.0e38)
    for j in range(t, Int(cols), TPB):
        m = max(m, inp[row + j])
    red[t] = m
    barrier()
    var s = TPB // 2
    while s > 0:
        if t < s:
            red[t] = max(red[t], red[t + s])
        barrier()
        s //= 2
    var row_max = red[0]
    barrier()
    var total = Float32(0)
    for j in range(t, Int(cols), TPB):
        total += exp(inp[row + j] - row_max)
    red[t] = total
    barrier()
    s = TPB // 2
    while s > 0:
        if t < s:
            red[t] += red[t + s]
        barrier()
        s //= 2
    var inv = 1.0 / red[0]
    for j in range(t, Int(cols), TPB):
        out_[row + j] = exp(inp[row + j] - row_max) * inv


def main() raises:
    var args = argv()
    var rows = Int(args[1]) if len(args) > 1 else 4
    var cols = Int(args[2]) if len(args) > 2 else 300
    var reps = Int(args[3]) if len(args) > 3 else 1
    var ctx = DeviceContext()
    var inp = ctx.enqueue_create_buffer[DType.float32](rows * cols)
    var out_ = ctx.enqueue_create_buffer[DType.float32](rows * cols)
    with inp.map_to_host() as h:
        for i in range(rows * cols):
            h[i] = Float32(i % 17) * 0.25
    ctx.enqueue_function[softmax_rows](out_, inp, Int32(cols), grid_dim=rows, block_dim=TPB)
    ctx.synchronize()
    var t0 = perf_counter_ns()
    for _ in range(reps):
        ctx.enqueue_function[softmax_rows](out_, inp, Int32(cols), grid_dim=rows, block_dim=TPB)
    ctx.synchronize()
    var t1 = perf_counter_ns()
    print("softmax_gbs", Float64(3 * rows * cols * 4 * reps) / Float64(max(t1 - t0, 1)))
    # Row 0 on the host.
    var ok = True
    with inp.map_to_host() as hi, out_.map_to_host() as ho:
        var m = Float64(-1.0e300)
        for j in range(cols):
            m = max(m, Float64(hi[j]))
        var total = 0.0
        for j in range(cols):
            total += exp(Float64(hi[j]) - m)
        for j in range(cols):
            var want = exp(Float64(hi[j]) - m) / total
            if abs(Float64(ho[j]) - want) > 1.0e-5:
                ok = False
    print("check", "ok" if ok else "WRONG")
