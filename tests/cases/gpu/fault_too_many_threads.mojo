# EXIT: 1
# STDERR: error[E0610]: kernel `k` launched with 2048 threads per block; the limit is 1024
from max.gpu.host import DeviceContext


def k(p: UnsafePointer[Float32, MutAnyOrigin]):
    pass


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.float32](8)
    ctx.enqueue_function[k](a, grid_dim=1, block_dim=(32, 64))
