# `thread_idx` and the other index values have only the axes x, y and z.
from max.gpu import thread_idx, grid_dim
from max.gpu.host import DeviceContext


def k(p: UnsafePointer[Int32, MutAnyOrigin]):
    p[0] = Int32(thread_idx.q)  # error[E0310]: 'thread_idx' has no attribute 'q'
    p[1] = Int32(grid_dim.q)  # error[E0310]: 'grid_dim' has no attribute 'q'


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.int32](4)
    ctx.enqueue_function[k](a, grid_dim=1, block_dim=1)
