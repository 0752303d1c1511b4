# PTX: shfl.sync.down.b32
# PTX: shfl.sync.idx.b32
# AMDGPU: ds_bpermute_b32
# Shuffles of 64-bit values (Int64, Float64) move both halves: the high 32 bits arrive intact.
from max.gpu import thread_idx
from max.gpu.host import DeviceContext
from max.gpu.primitives.warp import shuffle_down, shuffle_up, shuffle_xor, shuffle_idx


def k(oi: UnsafePointer[Int64, MutAnyOrigin], of: UnsafePointer[Float64, MutAnyOrigin]):
    var t = thread_idx.x
    var big = Int64(t) * 10_000_000_000 - 5
    var f = Float64(t) * 1e12 + 0.125
    oi[t * 4 + 0] = shuffle_down(big, 3)
    oi[t * 4 + 1] = shuffle_up(big, 1)
    oi[t * 4 + 2] = shuffle_xor(big, 16)
    oi[t * 4 + 3] = shuffle_idx(big, 7)
    of[t * 2 + 0] = shuffle_down(f, 30)
    of[t * 2 + 1] = shuffle_xor(f, 1)


def main() raises:
    var ctx = DeviceContext()
    var oi = ctx.enqueue_create_buffer[DType.int64](32 * 4)
    var of = ctx.enqueue_create_buffer[DType.float64](32 * 2)
    ctx.enqueue_function[k](oi, of, grid_dim=1, block_dim=32)
    with oi.map_to_host() as h:
        for t in [0, 1, 28, 31]:
            print(t, h[t * 4], h[t * 4 + 1], h[t * 4 + 2], h[t * 4 + 3])
    # CHECK: 0 29999999995 -5 159999999995 69999999995
    # CHECK: 1 39999999995 -5 169999999995 69999999995
    # CHECK: 28 309999999995 269999999995 119999999995 69999999995
    # CHECK: 31 309999999995 299999999995 149999999995 69999999995
    with of.map_to_host() as h:
        print(h[0], h[2], h[3], h[62], h[63])
    # CHECK: 30000000000000.125 31000000000000.125 0.125 31000000000000.125 30000000000000.125
