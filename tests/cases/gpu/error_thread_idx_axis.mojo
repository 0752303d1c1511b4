from max.gpu import thread_idx
from max.gpu.host import DeviceContext


def k(p: UnsafePointer[Int32, MutAnyOrigin]):
    p[0] = Int32(thread_idx.w)  # error[E0310]: 'thread_idx' has no attribute 'w'


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.int32](4)
    ctx.enqueue_function[k](a, grid_dim=1, block_dim=1)
