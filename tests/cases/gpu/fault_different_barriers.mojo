# EXIT: 1
# STDERR: error[E0611]: threads of one block wait at different barriers
from max.gpu import thread_idx, barrier
from max.gpu.host import DeviceContext


def k(p: UnsafePointer[Float32, MutAnyOrigin]):
    if thread_idx.x % 2 == 0:
        barrier()
    else:
        barrier()
    p[thread_idx.x] = 1.0


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.float32](8)
    ctx.enqueue_function[k](a, grid_dim=1, block_dim=8)
    ctx.synchronize()
