# A 2-D launch with odd block sizes (3x5 threads, 2x3 blocks): `global_idx.x/y` agree with
# `block_idx * block_dim + thread_idx` on both axes, and `grid_dim`/`block_dim` along y.
from max.gpu import thread_idx, block_idx, block_dim, grid_dim, global_idx
from max.gpu.host import DeviceContext


def cells(out_: UnsafePointer[Int32, MutAnyOrigin], dims: UnsafePointer[Int32, MutAnyOrigin]):
    var x = global_idx.x
    var y = global_idx.y
    var width = grid_dim.x * block_dim.x
    var ok = x == block_idx.x * block_dim.x + thread_idx.x and y == block_idx.y * block_dim.y + thread_idx.y
    out_[y * width + x] = Int32(x * 100 + y) if ok else Int32(-1)
    if x == 5 and y == 14:
        dims[0] = Int32(grid_dim.x)
        dims[1] = Int32(grid_dim.y)
        dims[2] = Int32(block_dim.x)
        dims[3] = Int32(block_dim.y)
        dims[4] = Int32(grid_dim.z)
        dims[5] = Int32(block_dim.z)


def main() raises:
    var ctx = DeviceContext()
    var buf = ctx.enqueue_create_buffer[DType.int32](90)
    var dims = ctx.enqueue_create_buffer[DType.int32](6)
    buf.enqueue_fill(-7)
    ctx.enqueue_function[cells](buf, dims, grid_dim=(2, 3), block_dim=(3, 5))
    with dims.map_to_host() as d:
        print("grid", d[0], d[1], d[4], "block", d[2], d[3], d[5])
    # CHECK: grid 2 3 1 block 3 5 1
    with buf.map_to_host() as h:
        print(h[0], h[5], h[6], h[6 * 7 + 4], h[89])
        # CHECK: 0 500 1 407 514
        var total = 0
        var bad = 0
        for i in range(90):
            total += Int(h[i])
            if h[i] < 0:
                bad += 1
        print("sum", total, "bad", bad)
    # CHECK: sum 23130 bad 0
