# EXIT: 1
# STDERR: error[E0610]: kernel `k` launched with a block of 128 along z; the limit is 64
# A block's z axis is at most 64 threads (on CUDA GPUs, and so on the simulator).
from max.gpu.host import DeviceContext


def k(p: UnsafePointer[Float32, MutAnyOrigin]):
    pass


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.float32](8)
    ctx.enqueue_function[k](a, grid_dim=1, block_dim=(1, 1, 128))
