# Warp shuffles of `Bool` values, scalar and SIMD.
from max.gpu import thread_idx
from max.gpu.host import DeviceContext
from max.gpu.primitives.warp import shuffle_down


def k(out_: UnsafePointer[Int32, MutAnyOrigin]):
    var b = shuffle_down(Scalar[DType.bool](thread_idx.x % 2 == 0), 1)
    var v = shuffle_down(SIMD[DType.bool, 4](thread_idx.x % 2 == 0), 1)
    if b and v[2]:
        out_[thread_idx.x] = 1


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.int32](32)
    a.enqueue_fill(0)
    ctx.enqueue_function[k](a, grid_dim=1, block_dim=32)
    with a.map_to_host() as h:
        print(h[0], h[1])
# CHECK: 0 1
