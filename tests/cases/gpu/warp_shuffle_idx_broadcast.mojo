# `shuffle_idx` with a run-time source lane: a broadcast from lane k (a different k in each warp),
# a per-lane permutation (reversing the warp), and `warp.broadcast` (lane 0's value to all lanes).
from max.gpu import thread_idx, lane_id, warp_id
from max.gpu.host import DeviceContext
from max.gpu.primitives import warp
from max.gpu.primitives.warp import shuffle_idx


def k(out_: UnsafePointer[Int32, MutAnyOrigin], fout: UnsafePointer[Float32, MutAnyOrigin]):
    var t = thread_idx.x
    var v = Int32(t * t)
    var src = warp_id() * 7 + 2
    out_[t * 3 + 0] = shuffle_idx(v, UInt32(src))
    out_[t * 3 + 1] = shuffle_idx(v, UInt32(31 - lane_id()))
    out_[t * 3 + 2] = warp.broadcast(v + 1)
    fout[t] = warp.broadcast(Float32(t) * -0.5)


def main() raises:
    var ctx = DeviceContext()
    var out_ = ctx.enqueue_create_buffer[DType.int32](96 * 3)
    var fout = ctx.enqueue_create_buffer[DType.float32](96)
    ctx.enqueue_function[k](out_, fout, grid_dim=1, block_dim=96)
    with out_.map_to_host() as h, fout.map_to_host() as f:
        for t in [0, 9, 31, 32, 40, 64, 95]:
            print(t, h[t * 3], h[t * 3 + 1], h[t * 3 + 2], f[t])
# CHECK: 0 4 961 1 -0.0
# CHECK: 9 4 484 1 -0.0
# CHECK: 31 4 0 1 -0.0
# CHECK: 32 1681 3969 1025 -16.0
# CHECK: 40 1681 3025 1025 -16.0
# CHECK: 64 6400 9025 4097 -32.0
# CHECK: 95 6400 4096 4097 -32.0
