# EXIT: 1
# STDERR: fault_barrier_divergence.mojo:11:9: error[E0611]: barrier not reached by every thread of its block: in kernel `k`, block (0, 0, 0), thread (16, 0, 0) finished while thread (0, 0, 0) waits here
# A barrier inside a condition that only some threads meet: the simulator reports it instead of
# hanging.
from max.gpu import thread_idx, barrier
from max.gpu.host import DeviceContext


def k(p: UnsafePointer[Float32, MutAnyOrigin]):
    if thread_idx.x < 16:
        barrier()
    p[thread_idx.x] = 1.0


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.float32](64)
    ctx.enqueue_function[k](a, grid_dim=1, block_dim=64)
    ctx.synchronize()
