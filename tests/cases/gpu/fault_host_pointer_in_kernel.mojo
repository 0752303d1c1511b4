# EXIT: 1
# STDERR: is not in the device's memory
# A host pointer given to a kernel is not device memory: the device cannot reach it.
from max.gpu import thread_idx
from max.gpu.host import DeviceContext


def k(p: UnsafePointer[Float32, MutAnyOrigin]):
    p[thread_idx.x] = 1.0


def main() raises:
    var ctx = DeviceContext()
    var host = ctx.enqueue_create_host_buffer[DType.float32](8)
    ctx.enqueue_function[k](host.unsafe_ptr(), grid_dim=1, block_dim=8)
    print(host[0])
