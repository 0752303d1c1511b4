# EXIT: 1
# STDERR: error[E0610]: kernel `k` launched with an empty grid or block
from max.gpu.host import DeviceContext


def k(p: UnsafePointer[Float32, MutAnyOrigin]):
    pass


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.float32](8)
    var blocks = 0
    ctx.enqueue_function[k](a, grid_dim=blocks, block_dim=8)
