# A kernel whose compile-time parameter sizes its shared array: two instances (8 and 32 threads)
# each reverse a block-sized slice, and each has its own shared array of its own size.
from max.gpu import thread_idx, block_idx, barrier
from max.gpu.host import DeviceContext
from std.memory import stack_allocation, AddressSpace


def reverse_blocks[TPB: Int](data: UnsafePointer[Int32, MutAnyOrigin]):
    var tile = stack_allocation[TPB, DType.int32, address_space=AddressSpace.SHARED]()
    var t = thread_idx.x
    var base = block_idx.x * TPB
    tile[TPB - 1 - t] = data[base + t]
    barrier()
    data[base + t] = tile[t] + Int32(TPB * 1000)


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.int32](64)
    var b = ctx.enqueue_create_buffer[DType.int32](64)
    with a.map_to_host() as h, b.map_to_host() as g:
        for i in range(64):
            h[i] = Int32(i)
            g[i] = Int32(i)
    ctx.enqueue_function[reverse_blocks[8]](a, grid_dim=8, block_dim=8)
    ctx.enqueue_function[reverse_blocks[32]](b, grid_dim=2, block_dim=32)
    with a.map_to_host() as h, b.map_to_host() as g:
        print(h[0], h[7], h[8], h[63])
        print(g[0], g[31], g[32], g[63])
# CHECK: 8007 8000 8015 8056
# CHECK: 32031 32000 32063 32032
