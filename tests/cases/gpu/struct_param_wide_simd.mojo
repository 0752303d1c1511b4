# A struct kernel parameter with a SIMD field wider than 16 bytes: the device reads it where the
# host packed it.
from max.gpu import thread_idx
from max.gpu.host import DeviceContext

@fieldwise_init
struct Q(ImplicitlyCopyable, Movable):
    var tag: Int32
    var v: SIMD[DType.float32, 8]


def k(q: Q, out_: UnsafePointer[Float32, MutAnyOrigin]):
    out_[thread_idx.x] = q.v[thread_idx.x] + Float32(q.tag)


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.float32](8)
    ctx.enqueue_function[k](Q(5, SIMD[DType.float32, 8](1, 2, 3, 4, 5, 6, 7, 8)), a, grid_dim=1, block_dim=8)
    with a.map_to_host() as h:
        print(h[0], h[7])
# CHECK: 6.0 13.0
