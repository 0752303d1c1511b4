# A Float32 device buffer given for a kernel's Int32 pointer parameter.
from max.gpu import thread_idx
from max.gpu.host import DeviceContext


def k(p: UnsafePointer[Int32, MutAnyOrigin]):
    p[thread_idx.x] = 1


def main() raises:
    var ctx = DeviceContext()
    var f = ctx.enqueue_create_buffer[DType.float32](4)
    ctx.enqueue_function[k](f, grid_dim=1, block_dim=4)  # error[E0301]: cannot implicitly convert
