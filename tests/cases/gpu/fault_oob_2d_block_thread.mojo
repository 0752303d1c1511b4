# EXIT: 1
# STDERR: fault_oob_2d_block_thread.mojo:18:
# STDERR: error[E0606]: memory access at
# STDERR: is outside its allocation of 336 bytes (in kernel `stamp`, block (2, 1, 0), thread (5, 1, 0))
# An off-by-one bound (`<=` for `<`) in a 2-D launch: exactly one thread, block (2, 1) thread
# (5, 1), writes one past the end; the fault names both with all three axes.
from max.gpu import thread_idx, block_idx, block_dim
from max.gpu.host import DeviceContext

comptime W = 21
comptime H = 4


def stamp(p: UnsafePointer[Int32, MutAnyOrigin]):
    var x = block_idx.x * block_dim.x + thread_idx.x
    var y = block_idx.y * block_dim.y + thread_idx.y
    if x <= W and y < H:
        p[y * W + x] = Int32(y * 100 + x)


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.int32](W * H)
    print("launching")
    # CHECK: launching
    ctx.enqueue_function[stamp](a, grid_dim=(3, 2), block_dim=(8, 2))
    ctx.synchronize()
    print("not reached")
