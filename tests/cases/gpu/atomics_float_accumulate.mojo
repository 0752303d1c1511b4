# PTX: atom.global.add.f32
# PTX: atom.global.add.f64
# Float32 atomic accumulation of integer-valued floats from 3 blocks: every partial sum stays below
# 2^24, so the total is exact whatever order the additions run in; per-block slots too, and a
# Float64 accumulation of quarters.
from max.gpu import global_idx, block_idx, thread_idx
from max.gpu.host import DeviceContext
from std.atomic import Atomic


def k(total: UnsafePointer[Float32, MutAnyOrigin], inp: UnsafePointer[Float32, MutAnyOrigin], dtotal: UnsafePointer[Float64, MutAnyOrigin]):
    var g = global_idx.x
    _ = Atomic[Float32].fetch_add(total, inp[g])
    _ = Atomic[Float32].fetch_add(total + 1 + block_idx.x, Float32(thread_idx.x) * -2.0)
    _ = Atomic[Float64].fetch_add(dtotal, Float64(g) * 0.25)


def main() raises:
    var ctx = DeviceContext()
    var total = ctx.enqueue_create_buffer[DType.float32](4)
    var inp = ctx.enqueue_create_buffer[DType.float32](192)
    total.enqueue_fill(0.0)
    var dtotal = ctx.enqueue_create_buffer[DType.float64](1)
    dtotal.enqueue_fill(0.0)
    with inp.map_to_host() as h:
        for i in range(192):
            h[i] = Float32((i * 97) % 1000)
    ctx.enqueue_function[k](total, inp, dtotal, grid_dim=3, block_dim=64)
    with total.map_to_host() as h:
        print(h[0], h[1], h[2], h[3])
    with dtotal.map_to_host() as h:
        print(h[0])
# CHECK: 94592.0 -4032.0 -4032.0 -4032.0
# CHECK: 4584.0
