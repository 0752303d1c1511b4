# Warp operations need only the lanes of their own warp: in a 96-thread block, warp 0 sums, warp 1
# takes a different branch with a different warp operation, and warp 2 returns early; no barrier
# is involved, so this is valid.
from max.gpu import thread_idx, lane_id, warp_id
from max.gpu.host import DeviceContext
from max.gpu.primitives import warp
from max.gpu.primitives.warp import shuffle_up


def k(out_: UnsafePointer[Int32, MutAnyOrigin]):
    var t = thread_idx.x
    var w = warp_id()
    if w == 2:
        out_[t] = -1
        return
    var v = Int32(t * 3 + 1)
    if w == 0:
        out_[t] = warp.sum(v)
    else:
        var m = warp.max(v % 17)
        out_[t] = shuffle_up(v, 5) * 100 + m


def main() raises:
    var ctx = DeviceContext()
    var out_ = ctx.enqueue_create_buffer[DType.int32](96)
    ctx.enqueue_function[k](out_, grid_dim=2, block_dim=96)
    with out_.map_to_host() as h:
        print(h[0], h[31], h[32], h[36], h[37], h[63], h[64], h[95])
# CHECK: 1520 1520 9716 10916 9716 17516 -1 -1
