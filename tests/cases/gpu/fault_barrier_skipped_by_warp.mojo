# EXIT: 1
# STDERR: fault_barrier_skipped_by_warp.mojo:17:5: error[E0611]: barrier not reached by every thread of its block: in kernel `k`, block (0, 0, 0), thread (32, 0, 0) finished while thread (0, 0, 0) waits here
# A whole warp (threads 32..63 of a 64-thread block) returns before the block's barrier: the
# other warp would wait forever, and the simulator reports it.
from max.gpu import thread_idx, warp_id, barrier
from max.gpu.host import DeviceContext
from std.memory import stack_allocation, AddressSpace


def k(p: UnsafePointer[Int32, MutAnyOrigin]):
    var sh = stack_allocation[64, DType.int32, address_space=AddressSpace.SHARED]()
    var t = thread_idx.x
    if warp_id() == 1:
        p[t] = -1
        return
    sh[t] = Int32(t)
    barrier()
    p[t] = sh[63 - t]


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.int32](64)
    ctx.enqueue_function[k](a, grid_dim=1, block_dim=64)
    ctx.synchronize()
    print("not reached")
