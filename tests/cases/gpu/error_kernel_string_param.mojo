# A kernel parameter of type `String` cannot be passed to a GPU (it owns host memory).
from max.gpu import thread_idx
from max.gpu.host import DeviceContext


def k(p: UnsafePointer[Int32, MutAnyOrigin], s: String):
    p[thread_idx.x] = 1


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.int32](4)
    ctx.enqueue_function[k](a, String("x"), grid_dim=1, block_dim=4)  # error[E0301]: kernel parameter 's' has type 'String', which cannot be passed to a GPU
