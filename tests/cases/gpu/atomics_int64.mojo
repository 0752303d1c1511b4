# PTX: atom.global.add.u64
# 64-bit atomics from 4 blocks of 32 threads: increments above 2^32 carry into the high word,
# negative increments borrow through it and hand out distinct old values, and `max` is signed.
from max.gpu import global_idx
from max.gpu.host import DeviceContext
from std.atomic import Atomic


def k(acc: UnsafePointer[Int64, MutAnyOrigin], olds: UnsafePointer[Int64, MutAnyOrigin]):
    var g = global_idx.x
    _ = Atomic[Int64].fetch_add(acc, (Int64(1) << 33) + Int64(g))
    olds[g] = Atomic[Int64].fetch_add(acc + 1, Int64(-3_000_000_000))
    Atomic[Int64].max(acc + 2, Int64(g) * -10_000_000_000)


def main() raises:
    var ctx = DeviceContext()
    var acc = ctx.enqueue_create_buffer[DType.int64](3)
    var olds = ctx.enqueue_create_buffer[DType.int64](128)
    with acc.map_to_host() as h:
        h[0] = 0
        h[1] = 0
        h[2] = Int64.MIN
    ctx.enqueue_function[k](acc, olds, grid_dim=4, block_dim=32)
    with acc.map_to_host() as h:
        print(h[0], h[1], h[2])
    # CHECK: 1099511635904 -384000000000 0
    with olds.map_to_host() as h:
        var seen = List[Bool](length=128, fill=False)
        var ok = True
        for i in range(128):
            var k = Int(-h[i] // 3_000_000_000)
            if -h[i] % 3_000_000_000 != 0 or k < 0 or k >= 128 or seen[k]:
                ok = False
            else:
                seen[k] = True
        print("distinct olds", ok)
    # CHECK: distinct olds True
