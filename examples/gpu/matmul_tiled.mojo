# Tiled matrix multiply using 16x16 shared-memory tiles and barriers.
# Sizes are deliberately not multiples of the tile size.
from max.gpu import thread_idx, block_idx, barrier
from max.gpu.host import DeviceContext
from std.math import ceildiv
from std.memory import stack_allocation, AddressSpace

comptime M = 70
comptime K = 50
comptime N = 60
comptime TILE = 16


def matmul_tiled_kernel(
    a: Pointer[Float32, ImmutAnyOrigin],
    b: Pointer[Float32, ImmutAnyOrigin],
    c: Pointer[Float32, MutAnyOrigin],
    m: Int32,
    k: Int32,
    n: Int32,
):
    var a_tile = stack_allocation[
        TILE * TILE, DType.float32, address_space=AddressSpace.SHARED
    ]()
    var b_tile = stack_allocation[
        TILE * TILE, DType.float32, address_space=AddressSpace.SHARED
    ]()
    var tx = thread_idx.x
    var ty = thread_idx.y
    var row = block_idx.y * TILE + ty
    var col = block_idx.x * TILE + tx
    var mm = Int(m)
    var kk = Int(k)
    var nn = Int(n)

    var acc: Float32 = 0.0
    var num_tiles = ceildiv(kk, TILE)
    for t in range(num_tiles):
        # Every thread loads one element of each tile (zero when out of range).
        var a_col = t * TILE + tx
        if row < mm and a_col < kk:
            a_tile[unsafe_offset=ty * TILE + tx] = a[unsafe_offset=row * kk + a_col]
        else:
            a_tile[unsafe_offset=ty * TILE + tx] = 0.0
        var b_row = t * TILE + ty
        if b_row < kk and col < nn:
            b_tile[unsafe_offset=ty * TILE + tx] = b[unsafe_offset=b_row * nn + col]
        else:
            b_tile[unsafe_offset=ty * TILE + tx] = 0.0
        barrier()
        for i in range(TILE):
            acc += a_tile[unsafe_offset=ty * TILE + i] * b_tile[unsafe_offset=i * TILE + tx]
        barrier()

    if row < mm and col < nn:
        c[unsafe_offset=row * nn + col] = acc


def a_val(i: Int, j: Int) -> Float32:
    return Float32((i + 2 * j) % 7) - 3.0


def b_val(i: Int, j: Int) -> Float32:
    return Float32((3 * i + j) % 5) - 2.0


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.float32](M * K)
    var b = ctx.enqueue_create_buffer[DType.float32](K * N)
    var c = ctx.enqueue_create_buffer[DType.float32](M * N)
    c.enqueue_fill(-1.0)

    with a.map_to_host() as ha:
        for i in range(M):
            for j in range(K):
                ha[i * K + j] = a_val(i, j)
    with b.map_to_host() as hb:
        for i in range(K):
            for j in range(N):
                hb[i * N + j] = b_val(i, j)

    ctx.enqueue_function[matmul_tiled_kernel](
        a,
        b,
        c,
        Int32(M),
        Int32(K),
        Int32(N),
        grid_dim=(ceildiv(N, TILE), ceildiv(M, TILE)),
        block_dim=(TILE, TILE),
    )
    var hc = ctx.enqueue_create_host_buffer[DType.float32](M * N)
    ctx.enqueue_copy(hc, c)
    ctx.synchronize()

    var checksum = 0
    for i in range(M):
        for j in range(N):
            var expected = 0
            for p in range(K):
                expected += Int(a_val(i, p)) * Int(b_val(p, j))
            var got = hc[i * N + j]
            if got != Float32(expected):
                raise Error(
                    "matmul_tiled: mismatch at " + String(i) + "," + String(j)
                )
            checksum += Int(got) * (i + 1) + j
    print("matmul_tiled: ok")
    print("C[0][0] =", hc[0])
    print("C[69][59] =", hc[M * N - 1])
    print("C[13][41] =", hc[13 * N + 41])
    print("checksum =", checksum)

# CHECK: matmul_tiled: ok
# CHECK: C[0][0] = 9.0
# CHECK: C[69][59] = 5.0
# CHECK: C[13][41] = -14.0
# CHECK: checksum = 123900
