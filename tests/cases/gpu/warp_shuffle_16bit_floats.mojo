# PTX: shfl.sync.bfly.b32
# Shuffles of 16-bit floats (Float16, BFloat16), which Mojo 1.2 supports (narrow integers it does
# not): values arrive exactly, sign and fraction included.
from max.gpu import thread_idx, lane_id
from max.gpu.host import DeviceContext
from max.gpu.primitives.warp import shuffle_down, shuffle_xor, shuffle_idx


def k(oh: UnsafePointer[Float32, MutAnyOrigin]):
    var t = thread_idx.x
    var h = Float16(lane_id()) * Float16(-0.25) + Float16(1.5)
    var b = BFloat16(lane_id()) * BFloat16(8.0)
    oh[t * 4 + 0] = Float32(shuffle_down(h, 1))
    oh[t * 4 + 1] = Float32(shuffle_xor(h, 8))
    oh[t * 4 + 2] = Float32(shuffle_idx(b, 31))
    oh[t * 4 + 3] = Float32(shuffle_xor(b, 3))


def main() raises:
    var ctx = DeviceContext()
    var oh = ctx.enqueue_create_buffer[DType.float32](32 * 4)
    ctx.enqueue_function[k](oh, grid_dim=1, block_dim=32)
    with oh.map_to_host() as r:
        for t in [0, 5, 31]:
            print(t, r[t * 4], r[t * 4 + 1], r[t * 4 + 2], r[t * 4 + 3])
# CHECK: 0 1.25 -0.5 248.0 24.0
# CHECK: 5 0.0 -1.75 248.0 48.0
# CHECK: 31 -6.25 -4.25 248.0 224.0
