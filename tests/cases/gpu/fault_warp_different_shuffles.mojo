# EXIT: 1
# STDERR: error[E0611]: lanes of one warp at different warp operations
# Lanes of a warp must meet at the same warp operation: diverging into two different shuffles
# is reported.
from max.gpu import thread_idx
from max.gpu.host import DeviceContext
from max.gpu.primitives.warp import shuffle_down, shuffle_xor


def k(p: UnsafePointer[Float32, MutAnyOrigin]):
    var t = thread_idx.x
    if t % 2 == 0:
        var v = shuffle_xor(SIMD[DType.float32, 4](Float32(t)), UInt32(1))
        p[t] = v[0]
    else:
        var w = shuffle_xor(Float32(t), UInt32(1))
        var x = w + 1.0
        p[t] = x


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.float32](32)
    ctx.enqueue_function[k](a, grid_dim=1, block_dim=32)
    ctx.synchronize()
    with a.map_to_host() as h:
        print(h[0], h[1], h[31])
