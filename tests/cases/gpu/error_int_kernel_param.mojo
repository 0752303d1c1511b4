# `Int` has no fixed width on a GPU: a kernel cannot take one (Mojo 1.2 rejects it too).
from max.gpu import thread_idx
from max.gpu.host import DeviceContext


def k(p: UnsafePointer[Float32, MutAnyOrigin], n: Int):
    p[thread_idx.x] = Float32(n)


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.float32](4)
    ctx.enqueue_function[k](a, 3, grid_dim=1, block_dim=4)  # error[E0301]: kernel parameter 'n' has type 'Int', which cannot be passed to a GPU
