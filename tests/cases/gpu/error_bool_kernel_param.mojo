from max.gpu import thread_idx
from max.gpu.host import DeviceContext


def k(p: UnsafePointer[Float32, MutAnyOrigin], flag: Bool):
    if flag:
        p[thread_idx.x] = 1.0


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.float32](4)
    ctx.enqueue_function[k](a, True, grid_dim=1, block_dim=4)  # error[E0301]: kernel parameter 'flag' has type 'Bool', which cannot be passed to a GPU
