# EXIT: 1
# STDERR: error[E0611]: warp operation not reached by every lane of its warp: in kernel `k`, block (0, 0, 0), thread (8, 0, 0) has finished while thread (0, 0, 0) waits here
from max.gpu import thread_idx
from max.gpu.host import DeviceContext
from max.gpu.primitives import warp


def k(p: UnsafePointer[Float32, MutAnyOrigin]):
    var t = thread_idx.x
    if t < 8:
        p[t] = warp.sum(Float32(t))


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.float32](32)
    ctx.enqueue_function[k](a, grid_dim=1, block_dim=32)
    ctx.synchronize()
