# PTX: ld.shared
# A tiled transpose of an 8x4 matrix (2 blocks of 4x4 threads): each block stages its tile in a
# 2-D shared array indexed `tile[ty * (T + 1) + tx]` (padded rows) and reads it back transposed.
from max.gpu import thread_idx, block_idx, barrier
from max.gpu.host import DeviceContext
from std.memory import stack_allocation, AddressSpace

comptime T = 4
comptime W = 8
comptime H = 4


def transpose(inp: UnsafePointer[Int32, MutAnyOrigin], out_: UnsafePointer[Int32, MutAnyOrigin]):
    var tile = stack_allocation[T * (T + 1), DType.int32, address_space=AddressSpace.SHARED]()
    var tx = thread_idx.x
    var ty = thread_idx.y
    var x = block_idx.x * T + tx
    var y = block_idx.y * T + ty
    tile[ty * (T + 1) + tx] = inp[y * W + x]
    barrier()
    var ox = block_idx.y * T + tx
    var oy = block_idx.x * T + ty
    out_[oy * H + ox] = tile[tx * (T + 1) + ty]


def main() raises:
    var ctx = DeviceContext()
    var inp = ctx.enqueue_create_buffer[DType.int32](W * H)
    var out_ = ctx.enqueue_create_buffer[DType.int32](W * H)
    with inp.map_to_host() as h:
        for y in range(H):
            for x in range(W):
                h[y * W + x] = Int32(y * 10 + x)
    ctx.enqueue_function[transpose](inp, out_, grid_dim=(W // T, H // T), block_dim=(T, T))
    with out_.map_to_host() as h:
        for r in range(W):
            print(h[r * H], h[r * H + 1], h[r * H + 2], h[r * H + 3])
# CHECK: 0 10 20 30
# CHECK: 1 11 21 31
# CHECK: 2 12 22 32
# CHECK: 3 13 23 33
# CHECK: 4 14 24 34
# CHECK: 5 15 25 35
# CHECK: 6 16 26 36
# CHECK: 7 17 27 37
