# Row-wise softmax: one block per row, threads stride over the columns,
# row max and row sum are reduced in shared memory with barriers.
from max.gpu import thread_idx, block_idx, barrier
from max.gpu.host import DeviceContext
from std.math import exp
from std.memory import stack_allocation, AddressSpace

comptime ROWS = 37
comptime COLS = 256
comptime BLOCK = 128


def softmax_kernel(
    x: Pointer[Float32, ImmutAnyOrigin],
    y: Pointer[Float32, MutAnyOrigin],
    cols: Int32,
):
    var sh = stack_allocation[
        BLOCK, DType.float32, address_space=AddressSpace.SHARED
    ]()
    var tid = thread_idx.x
    var row = block_idx.x
    var nc = Int(cols)
    var base = row * nc

    # 1) row max
    var m = Float32.MIN
    var j = tid
    while j < nc:
        m = max(m, x[unsafe_offset=base + j])
        j += BLOCK
    sh[unsafe_offset=tid] = m
    barrier()
    var stride = BLOCK // 2
    while stride > 0:
        if tid < stride:
            sh[unsafe_offset=tid] = max(
                sh[unsafe_offset=tid], sh[unsafe_offset=tid + stride]
            )
        barrier()
        stride //= 2
    var row_max = sh[unsafe_offset=0]
    barrier()

    # 2) sum of exp(x - max)
    var s: Float32 = 0.0
    j = tid
    while j < nc:
        var e = exp(x[unsafe_offset=base + j] - row_max)
        y[unsafe_offset=base + j] = e
        s += e
        j += BLOCK
    sh[unsafe_offset=tid] = s
    barrier()
    stride = BLOCK // 2
    while stride > 0:
        if tid < stride:
            sh[unsafe_offset=tid] = sh[unsafe_offset=tid] + sh[unsafe_offset=tid + stride]
        barrier()
        stride //= 2
    var row_sum = sh[unsafe_offset=0]

    # 3) normalize
    j = tid
    while j < nc:
        y[unsafe_offset=base + j] = y[unsafe_offset=base + j] / row_sum
        j += BLOCK


def x_val(r: Int, c: Int) -> Float32:
    # Row 0 is constant, so its softmax is exactly 1/256 everywhere.
    if r == 0:
        return 0.0
    return Float32((r * 3 + c * 7) % 11) - 5.0


def main() raises:
    var ctx = DeviceContext()
    var x = ctx.enqueue_create_buffer[DType.float32](ROWS * COLS)
    var y = ctx.enqueue_create_buffer[DType.float32](ROWS * COLS)

    with x.map_to_host() as hx:
        for r in range(ROWS):
            for c in range(COLS):
                hx[r * COLS + c] = x_val(r, c)

    ctx.enqueue_function[softmax_kernel](
        x, y, Int32(COLS), grid_dim=ROWS, block_dim=BLOCK
    )
    ctx.synchronize()

    var max_err: Float64 = 0.0
    var worst_sum_err: Float64 = 0.0
    with y.map_to_host() as hy:
        for r in range(ROWS):
            var mx: Float64 = -1.0e30
            for c in range(COLS):
                mx = max(mx, Float64(x_val(r, c)))
            var total: Float64 = 0.0
            for c in range(COLS):
                total += exp(Float64(x_val(r, c)) - mx)
            var got_sum: Float64 = 0.0
            for c in range(COLS):
                var ref_v = exp(Float64(x_val(r, c)) - mx) / total
                var got = Float64(hy[r * COLS + c])
                max_err = max(max_err, abs(got - ref_v))
                got_sum += got
            worst_sum_err = max(worst_sum_err, abs(got_sum - 1.0))
        if max_err > 1.0e-6 or worst_sum_err > 1.0e-4:
            raise Error("softmax_rows: mismatch, max_err=" + String(max_err))
        print("softmax_rows: ok")
        print("y[0][0] =", hy[0])
        print("y[0][255] =", hy[COLS - 1])
        # Scaled and rounded values are exact integers for this data.
        print("y[1][0] * 1e6 ~", Int(hy[1 * COLS + 0] * 1000000.0 + 0.5))
        print("y[1][1] * 1e6 ~", Int(hy[1 * COLS + 1] * 1000000.0 + 0.5))
        print("y[20][200] * 1e6 ~", Int(hy[20 * COLS + 200] * 1000000.0 + 0.5))

# CHECK: softmax_rows: ok
# CHECK: y[0][0] = 0.00390625
# CHECK: y[0][255] = 0.00390625
# CHECK: y[1][0] * 1e6 ~ 24
# CHECK: y[1][1] * 1e6 ~ 26735
# CHECK: y[20][200] * 1e6 ~ 3705
