# Warps in a 2-D block (16x4 threads) are formed from the linear thread id `x + 16 * y`: a
# `shuffle_down` by 16 reads the next row, and `warp.sum` covers two rows.
from max.gpu import thread_idx, block_dim, lane_id, warp_id
from max.gpu.host import DeviceContext
from max.gpu.primitives import warp
from max.gpu.primitives.warp import shuffle_down


def k(out_: UnsafePointer[Int32, MutAnyOrigin]):
    var x = thread_idx.x
    var y = thread_idx.y
    var t = y * block_dim.x + x
    var v = Int32(y * 100 + x)
    out_[t * 3 + 0] = shuffle_down(v, 16)
    out_[t * 3 + 1] = warp.sum(v)
    out_[t * 3 + 2] = Int32(warp_id() * 100 + lane_id())


def main() raises:
    var ctx = DeviceContext()
    var out_ = ctx.enqueue_create_buffer[DType.int32](64 * 3)
    ctx.enqueue_function[k](out_, grid_dim=1, block_dim=(16, 4))
    with out_.map_to_host() as h:
        for t in [0, 15, 16, 31, 32, 47, 63]:
            print(t, h[t * 3], h[t * 3 + 1], h[t * 3 + 2])
# CHECK: 0 100 1840 0
# CHECK: 15 115 1840 15
# CHECK: 16 100 1840 16
# CHECK: 31 115 1840 31
# CHECK: 32 300 8240 100
# CHECK: 47 315 8240 115
# CHECK: 63 315 8240 131
