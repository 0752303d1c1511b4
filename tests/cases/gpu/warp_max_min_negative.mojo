# `warp.max` and `warp.min` over all-negative values of several types (Int32, Int64, Float32):
# signed comparison, and the extreme is found wherever in the warp it sits.
from max.gpu import thread_idx, lane_id, warp_id
from max.gpu.host import DeviceContext
from max.gpu.primitives import warp


def k(oi: UnsafePointer[Int32, MutAnyOrigin], ol: UnsafePointer[Int64, MutAnyOrigin], of: UnsafePointer[Float32, MutAnyOrigin]):
    var t = thread_idx.x
    var l = lane_id()
    var w = warp_id()
    var a = Int32(-((l * 11 + w * 5) % 32) * (l + 1) - 7)
    var b = Int64(-5_000_000_000) - Int64((l * 7) % 32) * 1_000_000_000
    var c = Float32(-((l * 3 + w) % 32)) - 0.75
    var mx = warp.max(a)
    var mn = warp.min(a)
    var bmx = warp.max(b)
    var bmn = warp.min(b)
    var cmx = warp.max(c)
    var cmn = warp.min(c)
    if l == 9:
        oi[w * 2] = mx
        oi[w * 2 + 1] = mn
        ol[w * 2] = bmx
        ol[w * 2 + 1] = bmn
        of[w * 2] = cmx
        of[w * 2 + 1] = cmn


def main() raises:
    var ctx = DeviceContext()
    var oi = ctx.enqueue_create_buffer[DType.int32](4)
    var ol = ctx.enqueue_create_buffer[DType.int64](4)
    var of = ctx.enqueue_create_buffer[DType.float32](4)
    ctx.enqueue_function[k](oi, ol, of, grid_dim=1, block_dim=64)
    with oi.map_to_host() as a, ol.map_to_host() as b, of.map_to_host() as c:
        for w in range(2):
            print(w, a[w * 2], a[w * 2 + 1], b[w * 2], b[w * 2 + 1], c[w * 2], c[w * 2 + 1])
# CHECK: 0 -7 -937 -5000000000 -36000000000 -0.75 -31.75
# CHECK: 1 -7 -839 -5000000000 -36000000000 -0.75 -31.75
