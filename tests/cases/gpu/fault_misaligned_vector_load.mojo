# EXIT: 1
# STDERR: is not aligned to 16 bytes, as the access promises (`alignment=16`) (in kernel `k`, block (0, 0, 0), thread (0, 0, 0))
from max.gpu import global_idx
from max.gpu.host import DeviceContext


def k(a: UnsafePointer[Float32, MutAnyOrigin]):
    var v = a.load[width=4, alignment=16](global_idx.x * 4 + 1)
    a[0] = v[0]


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.float32](64)
    ctx.enqueue_function[k](a, grid_dim=1, block_dim=4)
