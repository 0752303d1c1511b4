# PTX: atom.global.max.u32
# PTX: atom.global.min.u32
# Atomic `max`/`min` on UInt32 compare unsigned (values above 2^31 are large, not negative), and on
# Int32 compare signed: the same bit patterns give different winners.
from max.gpu import global_idx
from max.gpu.host import DeviceContext
from std.atomic import Atomic


def k(u: UnsafePointer[UInt32, MutAnyOrigin], s: UnsafePointer[Int32, MutAnyOrigin]):
    var g = global_idx.x
    var bits = UInt32(g) * 0x9E3779B9
    Atomic[UInt32].max(u, bits)
    Atomic[UInt32].min(u + 1, bits)
    Atomic[Int32].max(s, Int32(bits))
    Atomic[Int32].min(s + 1, Int32(bits))


def main() raises:
    var ctx = DeviceContext()
    var u = ctx.enqueue_create_buffer[DType.uint32](2)
    var s = ctx.enqueue_create_buffer[DType.int32](2)
    with u.map_to_host() as h, s.map_to_host() as g:
        h[0] = 0
        h[1] = UInt32.MAX
        g[0] = Int32.MIN
        g[1] = Int32.MAX
    ctx.enqueue_function[k](u, s, grid_dim=2, block_dim=48)
    with u.map_to_host() as h, s.map_to_host() as g:
        print(h[0], h[1], g[0], g[1])
# CHECK: 4260046527 0 2140814344 -2119232183
