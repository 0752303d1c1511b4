# `warp.sum`, `warp.max`, `warp.min` give every lane the result over its warp.
from max.gpu import thread_idx, lane_id, warp_id
from max.gpu.host import DeviceContext
from max.gpu.primitives import warp


def k(out_: UnsafePointer[Float32, MutAnyOrigin], ids: UnsafePointer[Int32, MutAnyOrigin]):
    var t = thread_idx.x
    var v = Float32((t * 7) % 13)
    var s = warp.sum(v)
    var mx = warp.max(v)
    var mn = warp.min(v + 1)
    if lane_id() == 0:
        out_[warp_id() * 3 + 0] = s
        out_[warp_id() * 3 + 1] = mx
        out_[warp_id() * 3 + 2] = mn
    ids[t] = Int32(lane_id() * 100 + warp_id())


def main() raises:
    var ctx = DeviceContext()
    var buf = ctx.enqueue_create_buffer[DType.float32](6)
    var ids = ctx.enqueue_create_buffer[DType.int32](64)
    ctx.enqueue_function[k](buf, ids, grid_dim=1, block_dim=64)
    with buf.map_to_host() as h:
        print(h[0], h[1], h[2])
        print(h[3], h[4], h[5])
    with ids.map_to_host() as h:
        print(h[0], h[31], h[32], h[63])
# CHECK: 183.0 12.0 1.0
# CHECK: 201.0 12.0 1.0
# CHECK: 0 3100 1 3101
