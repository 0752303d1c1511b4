# A 3-D launch (2x2x3 blocks of 3x1x2 threads): `global_idx.z`, `grid_dim.z`, `block_dim.z`, and
# every cell of the 6x2x6 volume written exactly once.
from max.gpu import thread_idx, block_idx, block_dim, grid_dim, global_idx
from max.gpu.host import DeviceContext
from std.atomic import Atomic


def vol(out_: UnsafePointer[Int32, MutAnyOrigin], hits: UnsafePointer[Int32, MutAnyOrigin]):
    var x = global_idx.x
    var y = global_idx.y
    var z = global_idx.z
    var nx = grid_dim.x * block_dim.x
    var ny = grid_dim.y * block_dim.y
    var i = (z * ny + y) * nx + x
    out_[i] = Int32(x + 10 * y + 100 * z)
    _ = Atomic[Int32].fetch_add(hits + i, Int32(1))
    if i == 0:
        hits[72] = Int32(grid_dim.z * 10 + block_dim.z)
        hits[73] = Int32(block_idx.z * 1000 + thread_idx.z)
    if x == 5 and y == 1 and z == 5:
        hits[74] = Int32(block_idx.z * 100 + thread_idx.z * 10 + block_idx.y)


def main() raises:
    var ctx = DeviceContext()
    var out_ = ctx.enqueue_create_buffer[DType.int32](72)
    var hits = ctx.enqueue_create_buffer[DType.int32](75)
    hits.enqueue_fill(0)
    ctx.enqueue_function[vol](out_, hits, grid_dim=(2, 2, 3), block_dim=(3, 1, 2))
    with out_.map_to_host() as h:
        print(h[0], h[5], h[6], h[12], h[71])
    # CHECK: 0 5 10 100 515
    with hits.map_to_host() as h:
        var once = True
        for i in range(72):
            once = once and h[i] == 1
        print("once", once, "dims", h[72], "first", h[73], "last", h[74])
    # CHECK: once True dims 32 first 0 last 211
