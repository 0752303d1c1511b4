# Barriers inside loops whose trip counts come from data: the count is the same for every thread
# of a block (read from global memory per block, or from shared memory after a barrier) but
# differs between blocks.
from max.gpu import thread_idx, block_idx, barrier
from max.gpu.host import DeviceContext
from std.memory import stack_allocation, AddressSpace

comptime TPB = 8


def rotate(data: UnsafePointer[Int32, MutAnyOrigin], passes: UnsafePointer[Int32, MutAnyOrigin], iters: UnsafePointer[Int32, MutAnyOrigin], limits: UnsafePointer[Int32, MutAnyOrigin]):
    var sh = stack_allocation[TPB, DType.int32, address_space=AddressSpace.SHARED]()
    var cell = stack_allocation[1, DType.int32, address_space=AddressSpace.SHARED]()
    var t = thread_idx.x
    var b = block_idx.x
    sh[t] = data[b * TPB + t]
    if t == 0:
        cell[0] = 1
    barrier()
    for _ in range(Int(passes[b])):
        var v = sh[(t + 1) % TPB] + 1
        barrier()
        sh[t] = v
        barrier()
    data[b * TPB + t] = sh[t]
    var n = 0
    while True:
        barrier()
        var c = cell[0]
        barrier()
        if c >= limits[b]:
            break
        if t == 0:
            cell[0] = c * 3
        n += 1
    iters[b * TPB + t] = Int32(n)


def main() raises:
    var ctx = DeviceContext()
    var data = ctx.enqueue_create_buffer[DType.int32](3 * TPB)
    var passes = ctx.enqueue_create_buffer[DType.int32](3)
    var limits = ctx.enqueue_create_buffer[DType.int32](3)
    var iters = ctx.enqueue_create_buffer[DType.int32](3 * TPB)
    with data.map_to_host() as h:
        for i in range(3 * TPB):
            h[i] = Int32((i % TPB) * 10)
    with passes.map_to_host() as p, limits.map_to_host() as l:
        p[0] = 0
        p[1] = 3
        p[2] = 10
        l[0] = 1
        l[1] = 10
        l[2] = 1000
    ctx.enqueue_function[rotate](data, passes, iters, limits, grid_dim=3, block_dim=TPB)
    with data.map_to_host() as h:
        for b in range(3):
            print(h[b * TPB], h[b * TPB + 1], h[b * TPB + 7])
    # CHECK: 0 10 70
    # CHECK: 33 43 23
    # CHECK: 30 40 20
    with iters.map_to_host() as h:
        print(h[0], h[7], h[8], h[15], h[16], h[23])
    # CHECK: 0 0 3 3 7 7
