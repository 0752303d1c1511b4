# A block of the maximum size, 1024 threads as 32x32: each warp reduces a row with `warp.sum`,
# lane 0 of each warp stores it in shared memory, and warp 0 reduces the 32 partial sums.
from max.gpu import thread_idx, block_idx, block_dim, lane_id, warp_id, barrier
from max.gpu.host import DeviceContext
from max.gpu.primitives import warp
from std.memory import stack_allocation, AddressSpace


def k(inp: UnsafePointer[Int32, MutAnyOrigin], out_: UnsafePointer[Int32, MutAnyOrigin]):
    var partial = stack_allocation[32, DType.int32, address_space=AddressSpace.SHARED]()
    var t = thread_idx.y * block_dim.x + thread_idx.x
    var v = inp[block_idx.x * 1024 + t]
    var s = warp.sum(v)
    if lane_id() == 0:
        partial[warp_id()] = s
    barrier()
    if warp_id() == 0:
        var total = warp.sum(partial[lane_id()])
        if lane_id() == 0:
            out_[block_idx.x] = total
    if t == 1023:
        out_[2 + block_idx.x] = Int32(warp_id() * 100 + lane_id())


def main() raises:
    var ctx = DeviceContext()
    var inp = ctx.enqueue_create_buffer[DType.int32](2048)
    var out_ = ctx.enqueue_create_buffer[DType.int32](4)
    with inp.map_to_host() as h:
        for i in range(2048):
            h[i] = Int32((i * 31) % 1000 - 500)
    ctx.enqueue_function[k](inp, out_, grid_dim=2, block_dim=(32, 32))
    with out_.map_to_host() as h:
        print(h[0], h[1], h[2], h[3])
# CHECK: -3944 -1088 3131 3131
