# A launch argument of the wrong type: a `String` where the kernel takes an `Int32`.
from max.gpu import thread_idx
from max.gpu.host import DeviceContext


def k(p: UnsafePointer[Int32, MutAnyOrigin], n: Int32):
    p[thread_idx.x] = n


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.int32](4)
    ctx.enqueue_function[k](a, String("three"), grid_dim=1, block_dim=4)  # error[E0301]: cannot implicitly convert 'String' value to 'Int32'
