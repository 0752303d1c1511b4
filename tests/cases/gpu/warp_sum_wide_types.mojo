# `warp.sum` on Int64 (a total beyond 32 bits), UInt32 (wrapping modulo 2^32) and Float64, and
# `warp.max` on UInt64 values above 2^63 (unsigned comparison).
from max.gpu import thread_idx, lane_id, warp_id
from max.gpu.host import DeviceContext
from max.gpu.primitives import warp


def k(oi: UnsafePointer[Int64, MutAnyOrigin], ou: UnsafePointer[UInt32, MutAnyOrigin], of: UnsafePointer[Float64, MutAnyOrigin], om: UnsafePointer[UInt64, MutAnyOrigin]):
    var t = thread_idx.x
    var l = lane_id()
    var w = warp_id()
    var si = warp.sum(Int64(t) * 1_000_000_007)
    var su = warp.sum(UInt32(t) * 400_000_000)
    var sf = warp.sum(Float64(l) * 0.25 - Float64(w))
    var mx = warp.max(UInt64(l * 37 % 32) << 59)
    if l == 31:
        oi[w] = si
        ou[w] = su
        of[w] = sf
        om[w] = mx


def main() raises:
    var ctx = DeviceContext()
    var oi = ctx.enqueue_create_buffer[DType.int64](2)
    var ou = ctx.enqueue_create_buffer[DType.uint32](2)
    var of = ctx.enqueue_create_buffer[DType.float64](2)
    var om = ctx.enqueue_create_buffer[DType.uint64](2)
    ctx.enqueue_function[k](oi, ou, of, om, grid_dim=1, block_dim=64)
    with oi.map_to_host() as a, ou.map_to_host() as b, of.map_to_host() as c, om.map_to_host() as d:
        for w in range(2):
            print(w, a[w], b[w], c[w], d[w])
# CHECK: 0 496000003472 831504384 124.0 17870283321406128128
# CHECK: 1 1520000010640 2409611264 92.0 17870283321406128128
