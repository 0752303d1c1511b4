# A kernel with compile-time parameters launched without them.
from max.gpu import thread_idx
from max.gpu.host import DeviceContext


def k[n: Int](p: UnsafePointer[Int32, MutAnyOrigin]):
    p[thread_idx.x] = Int32(n)


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.int32](4)
    ctx.enqueue_function[k](a, grid_dim=1, block_dim=4)  # error[E0302]: missing compile-time parameter 'n' of 'k'
