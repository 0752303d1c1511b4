# Shared memory is private to each block of a 2-D grid: every block of 4x2 threads fills the same
# shared array with its own tag, then each thread checks every slot carries its block's tag and no
# other block's.
from max.gpu import thread_idx, block_idx, block_dim, grid_dim, barrier
from max.gpu.host import DeviceContext
from std.memory import stack_allocation, AddressSpace


def k(out_: UnsafePointer[Int32, MutAnyOrigin]):
    var sh = stack_allocation[8, DType.int32, address_space=AddressSpace.SHARED]()
    var t = thread_idx.y * block_dim.x + thread_idx.x
    var blk = block_idx.y * grid_dim.x + block_idx.x
    sh[t] = Int32(blk * 1000 + t)
    barrier()
    var mine = 0
    for i in range(8):
        if Int(sh[i]) // 1000 == blk:
            mine += 1
    barrier()
    sh[t] = Int32(mine)
    barrier()
    var total = 0
    for i in range(8):
        total += Int(sh[i])
    out_[blk * 8 + t] = Int32(total * 100) + sh[7 - t] - Int32(blk * 1000)


def main() raises:
    var ctx = DeviceContext()
    var buf = ctx.enqueue_create_buffer[DType.int32](48)
    ctx.enqueue_function[k](buf, grid_dim=(3, 2), block_dim=(4, 2))
    with buf.map_to_host() as h:
        for b in range(6):
            print(b, h[b * 8], h[b * 8 + 7])
# CHECK: 0 6408 6408
# CHECK: 1 5408 5408
# CHECK: 2 4408 4408
# CHECK: 3 3408 3408
# CHECK: 4 2408 2408
# CHECK: 5 1408 1408
