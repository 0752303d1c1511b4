# EXIT: 1
# STDERR: fault_barrier_nonuniform_loop.mojo:15:9: error[E0611]: barrier not reached by every thread of its block: in kernel `k`, block (1, 0, 0), thread (0, 0, 0) finished while thread (3, 0, 0) waits here
# A barrier in a loop whose trip count differs inside one block (block 1's thread 3 reads a
# larger count): after the common iterations, one thread waits at the barrier while the others
# have finished. Block 0, whose counts are uniform, runs fine first.
from max.gpu import thread_idx, block_idx, barrier
from max.gpu.host import DeviceContext


def k(counts: UnsafePointer[Int32, MutAnyOrigin], p: UnsafePointer[Int32, MutAnyOrigin]):
    var t = thread_idx.x
    var n = Int(counts[block_idx.x * 8 + t])
    for i in range(n):
        p[block_idx.x * 8 + t] += Int32(i)
        barrier()


def main() raises:
    var ctx = DeviceContext()
    var counts = ctx.enqueue_create_buffer[DType.int32](16)
    var p = ctx.enqueue_create_buffer[DType.int32](16)
    p.enqueue_fill(0)
    with counts.map_to_host() as h:
        for i in range(16):
            h[i] = 2
        h[8 + 3] = 3
    ctx.enqueue_function[k](counts, p, grid_dim=2, block_dim=8)
    ctx.synchronize()
    print("not reached")
