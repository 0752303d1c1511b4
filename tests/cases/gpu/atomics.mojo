# PTX: atom.global.add.u32
# PTX: atom.global.add.f32
# PTX: atom.global.max.s32
# PTX: atom.global.min.s32
# AMDGPU: global_atomic_add
# Atomic read-modify-write from every thread of several blocks: each update happens once.
from max.gpu import thread_idx, global_idx
from max.gpu.host import DeviceContext
from std.atomic import Atomic


def count(counter: UnsafePointer[Int32, MutAnyOrigin], olds: UnsafePointer[Int32, MutAnyOrigin], total: UnsafePointer[Float32, MutAnyOrigin]):
    var g = global_idx.x
    olds[g] = Atomic[Int32].fetch_add(counter, Int32(1))
    _ = Atomic[Float32].fetch_add(total, Float32(0.5))
    Atomic[Int32].max(counter + 1, Int32(g))
    Atomic[Int32].min(counter + 2, Int32(g))


def main() raises:
    var ctx = DeviceContext()
    var counter = ctx.enqueue_create_buffer[DType.int32](3)
    var olds = ctx.enqueue_create_buffer[DType.int32](96)
    var total = ctx.enqueue_create_buffer[DType.float32](1)
    with counter.map_to_host() as h:
        h[0] = 0
        h[1] = -1
        h[2] = 1000
    total.enqueue_fill(0.0)
    ctx.enqueue_function[count](counter, olds, total, grid_dim=3, block_dim=32)
    with counter.map_to_host() as h:
        print("count", h[0], "max", h[1], "min", h[2])
    # CHECK: count 96 max 95 min 0
    with olds.map_to_host() as h:
        var seen = List[Bool]()
        for _ in range(96):
            seen.append(False)
        for i in range(96):
            seen[Int(h[i])] = True
        var all_once = True
        for s in seen:
            all_once = all_once and s
        print("every old value once:", all_once)
    # CHECK: every old value once: True
    with total.map_to_host() as h:
        print("total", h[0])
    # CHECK: total 48.0
