# EXIT: 1
# STDERR: fault_out_of_bounds.mojo:10:12: error[E0606]: memory access at 0x800000000190 is outside its allocation of 400 bytes (in kernel `k`, block (1, 0, 0), thread (36, 0, 0))
# An out-of-bounds access in a kernel names the kernel, the block, the thread and the line.
from max.gpu import thread_idx, block_idx, block_dim
from max.gpu.host import DeviceContext


def k(p: UnsafePointer[Float32, MutAnyOrigin]):
    var i = block_idx.x * block_dim.x + thread_idx.x
    p[i] = 1.0


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.float32](100)
    print("launching")
    # CHECK: launching
    ctx.enqueue_function[k](a, grid_dim=2, block_dim=64)
    ctx.synchronize()
    print("not reached")
