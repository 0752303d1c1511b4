# A launch dimension has at most three axes.
from max.gpu import thread_idx
from max.gpu.host import DeviceContext


def k(p: UnsafePointer[Int32, MutAnyOrigin]):
    p[thread_idx.x] = 1


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.int32](4)
    ctx.enqueue_function[k](a, grid_dim=(1, 1, 1, 1), block_dim=4)  # error[E0301]: not 'Tuple[Int, Int, Int, Int]'
