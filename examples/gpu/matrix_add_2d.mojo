# 2-D matrix addition with a 2-D grid of 16x16 blocks.
from max.gpu import thread_idx, block_idx, block_dim
from max.gpu.host import DeviceContext
from std.math import ceildiv

comptime ROWS = 100
comptime COLS = 70
comptime TILE = 16


def matrix_add_kernel(
    a: Pointer[Float32, ImmutAnyOrigin],
    b: Pointer[Float32, ImmutAnyOrigin],
    c: Pointer[Float32, MutAnyOrigin],
    rows: Int32,
    cols: Int32,
):
    var col = block_idx.x * block_dim.x + thread_idx.x
    var row = block_idx.y * block_dim.y + thread_idx.y
    if row < Int(rows) and col < Int(cols):
        var idx = row * Int(cols) + col
        c[unsafe_offset=idx] = a[unsafe_offset=idx] + b[unsafe_offset=idx]


def a_val(r: Int, c: Int) -> Float32:
    return Float32((r * COLS + c) % 97)


def b_val(r: Int, c: Int) -> Float32:
    return Float32((3 * r + 5 * c) % 11) - 5.0


def main() raises:
    var ctx = DeviceContext()
    comptime size = ROWS * COLS
    var a = ctx.enqueue_create_buffer[DType.float32](size)
    var b = ctx.enqueue_create_buffer[DType.float32](size)
    var c = ctx.enqueue_create_buffer[DType.float32](size)

    with a.map_to_host() as ha, b.map_to_host() as hb:
        for r in range(ROWS):
            for col in range(COLS):
                ha[r * COLS + col] = a_val(r, col)
                hb[r * COLS + col] = b_val(r, col)

    ctx.enqueue_function[matrix_add_kernel](
        a,
        b,
        c,
        Int32(ROWS),
        Int32(COLS),
        grid_dim=(ceildiv(COLS, TILE), ceildiv(ROWS, TILE)),
        block_dim=(TILE, TILE),
    )
    ctx.synchronize()

    var checksum = 0
    with c.map_to_host() as hc:
        for r in range(ROWS):
            for col in range(COLS):
                var got = hc[r * COLS + col]
                if got != a_val(r, col) + b_val(r, col):
                    raise Error(
                        "matrix_add_2d: mismatch at "
                        + String(r)
                        + ","
                        + String(col)
                    )
                checksum += Int(got) * ((r + col) % 3 + 1)
        print("matrix_add_2d: ok")
        print("c[0][0] =", hc[0])
        print("c[99][69] =", hc[size - 1])
        print("c[37][12] =", hc[37 * COLS + 12])
    print("checksum =", checksum)

# CHECK: matrix_add_2d: ok
# CHECK: c[0][0] = -5.0
# CHECK: c[99][69] = 14.0
# CHECK: c[37][12] = 81.0
# CHECK: checksum = 670708
