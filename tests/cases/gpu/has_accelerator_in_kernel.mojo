# `has_accelerator()` inside a kernel is True (the code runs on a device); it does not disturb the
# launch.
from max.gpu import thread_idx
from max.gpu.host import DeviceContext
from std.sys import has_accelerator


def k(p: UnsafePointer[Int32, MutAnyOrigin]):
    if has_accelerator():
        p[thread_idx.x] = 1


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.int32](4)
    ctx.enqueue_function[k](a, grid_dim=1, block_dim=4)
    ctx.synchronize()
    print("done")
# CHECK: done
