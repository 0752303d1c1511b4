# A thread that waits in a loop for another thread's write: the simulator gives every thread its
# turn, so the wait ends (as on a GPU).
from max.gpu import thread_idx
from max.gpu.host import DeviceContext
from std.atomic import Atomic


def k(p: UnsafePointer[Int32, MutAnyOrigin]):
    var t = thread_idx.x
    if t == 0:
        while Atomic[Int32].fetch_add(p, 0) == 0:
            pass
    else:
        _ = Atomic[Int32].exchange(p, 1)


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.int32](1)
    a.enqueue_fill(0)
    ctx.enqueue_function[k](a, grid_dim=1, block_dim=64)
    ctx.synchronize()
    print("done")
# CHECK: done
