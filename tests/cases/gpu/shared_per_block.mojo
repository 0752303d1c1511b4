# Shared memory belongs to one block: each block sees only what its own threads wrote, and two
# `stack_allocation` calls are two different arrays.
from max.gpu import thread_idx, block_idx, barrier
from max.gpu.host import DeviceContext
from std.memory import stack_allocation, AddressSpace


def k(out_: UnsafePointer[Int32, MutAnyOrigin]):
    var a = stack_allocation[4, DType.int32, address_space=AddressSpace.SHARED]()
    var b = stack_allocation[4, DType.int32, address_space=AddressSpace.SHARED]()
    var t = thread_idx.x
    a[t] = Int32(block_idx.x * 100 + t)
    b[t] = Int32(-1)
    barrier()
    out_[block_idx.x * 4 + t] = a[3 - t] + b[t] + 1


def main() raises:
    var ctx = DeviceContext()
    var buf = ctx.enqueue_create_buffer[DType.int32](12)
    ctx.enqueue_function[k](buf, grid_dim=3, block_dim=4)
    with buf.map_to_host() as h:
        for blk in range(3):
            print(h[blk * 4], h[blk * 4 + 1], h[blk * 4 + 2], h[blk * 4 + 3])
# CHECK: 3 2 1 0
# CHECK: 103 102 101 100
# CHECK: 203 202 201 200
