# A barrier skipped by a whole block is fine (every thread of that block skips it), and threads
# may return early after the block's last barrier: here block 1 of 3 returns at once, and in the
# other blocks the threads past the end of the data leave after the barrier.
from max.gpu import thread_idx, block_idx, block_dim, barrier
from max.gpu.host import DeviceContext
from std.memory import stack_allocation, AddressSpace

comptime N = 20


def k(data: UnsafePointer[Int32, MutAnyOrigin]):
    if block_idx.x == 1:
        return
    var sh = stack_allocation[8, DType.int32, address_space=AddressSpace.SHARED]()
    var t = thread_idx.x
    var i = block_idx.x * block_dim.x + t
    sh[t] = data[i] if i < N else Int32(0)
    barrier()
    if i >= N:
        return
    data[i] = sh[7 - t] * 10


def main() raises:
    var ctx = DeviceContext()
    var data = ctx.enqueue_create_buffer[DType.int32](N)
    with data.map_to_host() as h:
        for i in range(N):
            h[i] = Int32(i)
    ctx.enqueue_function[k](data, grid_dim=3, block_dim=8)
    with data.map_to_host() as h:
        var s = String()
        for i in range(N):
            s += String(h[i]) + (" " if i < N - 1 else "")
        print(s)
# CHECK: 70 60 50 40 30 20 10 0 8 9 10 11 12 13 14 15 0 0 0 0
