# Blocks of 48 threads: warp 0 has 32 lanes and warp 1 only 16; `lane_id()`/`warp_id()` restart
# in every block, and a 2-D block (16x3) numbers its threads x-fastest into warps.
from max.gpu import thread_idx, block_idx, block_dim, lane_id, warp_id, WARP_SIZE
from max.gpu.host import DeviceContext
from std.atomic import Atomic


def census(counts: UnsafePointer[Int32, MutAnyOrigin], maxlane: UnsafePointer[Int32, MutAnyOrigin], ids: UnsafePointer[Int32, MutAnyOrigin]):
    var slot = block_idx.x * 2 + warp_id()
    _ = Atomic[Int32].fetch_add(counts + slot, Int32(1))
    Atomic[Int32].max(maxlane + slot, Int32(lane_id()))
    var t = thread_idx.x + thread_idx.y * block_dim.x
    ids[block_idx.x * 48 + t] = Int32(warp_id() * 100 + lane_id())


def main() raises:
    var ctx = DeviceContext()
    var counts = ctx.enqueue_create_buffer[DType.int32](4)
    var maxlane = ctx.enqueue_create_buffer[DType.int32](4)
    var ids = ctx.enqueue_create_buffer[DType.int32](96)
    counts.enqueue_fill(0)
    maxlane.enqueue_fill(-1)
    ctx.enqueue_function[census](counts, maxlane, ids, grid_dim=2, block_dim=48)
    with counts.map_to_host() as c, maxlane.map_to_host() as m:
        print("lanes", c[0], c[1], c[2], c[3])
        print("max lane", m[0], m[1], m[2], m[3])
    # CHECK: lanes 32 16 32 16
    # CHECK: max lane 31 15 31 15
    with ids.map_to_host() as h:
        print(h[31], h[32], h[47], h[48], h[95])
    # CHECK: 31 100 115 0 115
    counts.enqueue_fill(0)
    maxlane.enqueue_fill(-1)
    ctx.enqueue_function[census](counts, maxlane, ids, grid_dim=1, block_dim=(16, 3))
    with counts.map_to_host() as c, maxlane.map_to_host() as m:
        print("2-D lanes", c[0], c[1], "max", m[0], m[1], WARP_SIZE)
    # CHECK: 2-D lanes 32 16 max 31 15 32
    with ids.map_to_host() as h:
        print(h[15], h[16], h[31], h[32], h[47])
    # CHECK: 15 16 31 100 115
