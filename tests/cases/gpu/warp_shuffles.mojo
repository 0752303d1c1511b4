# PTX: shfl.sync.down.b32
# PTX: shfl.sync.up.b32
# PTX: shfl.sync.bfly.b32
# PTX: shfl.sync.idx.b32
# AMDGPU: ds_bpermute_b32
# Warp shuffles: each lane reads another lane's value; a lane with no source keeps its own.
from max.gpu import thread_idx, lane_id, WARP_SIZE
from max.gpu.host import DeviceContext
from max.gpu.primitives.warp import shuffle_down, shuffle_up, shuffle_xor, shuffle_idx


def k(out_: UnsafePointer[Int32, MutAnyOrigin]):
    var t = thread_idx.x
    var v = Int32(t * 10)
    out_[t * 4 + 0] = shuffle_down(v, 1)
    out_[t * 4 + 1] = shuffle_up(v, 2)
    out_[t * 4 + 2] = shuffle_xor(v, 3)
    out_[t * 4 + 3] = shuffle_idx(v, 5)


def main() raises:
    var ctx = DeviceContext()
    var buf = ctx.enqueue_create_buffer[DType.int32](64 * 4)
    ctx.enqueue_function[k](buf, grid_dim=1, block_dim=64)
    with buf.map_to_host() as h:
        for t in [0, 1, 31, 32, 33, 63]:
            print(t, h[t * 4], h[t * 4 + 1], h[t * 4 + 2], h[t * 4 + 3])
    print(WARP_SIZE)
# CHECK: 0 10 0 30 50
# CHECK: 1 20 10 20 50
# CHECK: 31 310 290 280 50
# CHECK: 32 330 320 350 370
# CHECK: 33 340 330 340 370
# CHECK: 63 630 610 600 370
# CHECK: 32
