# Integer division and remainder in a kernel follow Mojo's floor semantics for negative operands
# (Int32 and Int64), shifts are arithmetic on signed and logical on unsigned values, and Int32
# addition wraps.
from max.gpu import thread_idx
from max.gpu.host import DeviceContext


def k(a: UnsafePointer[Int32, MutAnyOrigin], b: UnsafePointer[Int32, MutAnyOrigin], out_: UnsafePointer[Int64, MutAnyOrigin]):
    var t = thread_idx.x
    var x = a[t]
    var y = b[t]
    out_[t * 6 + 0] = Int64(x // y)
    out_[t * 6 + 1] = Int64(x % y)
    out_[t * 6 + 2] = Int64(x) * 3_000_000_000 // Int64(y)
    out_[t * 6 + 3] = Int64(x >> 2)
    out_[t * 6 + 4] = Int64(UInt32(x) >> 28)
    out_[t * 6 + 5] = Int64(x + Int32(2147483647))


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.int32](4)
    var b = ctx.enqueue_create_buffer[DType.int32](4)
    var out_ = ctx.enqueue_create_buffer[DType.int64](24)
    with a.map_to_host() as h, b.map_to_host() as g:
        h[0] = -7
        g[0] = 2
        h[1] = 7
        g[1] = -2
        h[2] = -9
        g[2] = -4
        h[3] = 13
        g[3] = 5
    ctx.enqueue_function[k](a, b, out_, grid_dim=1, block_dim=4)
    with out_.map_to_host() as h:
        for t in range(4):
            print(h[t * 6], h[t * 6 + 1], h[t * 6 + 2], h[t * 6 + 3], h[t * 6 + 4], h[t * 6 + 5])
# CHECK: -4 1 -10500000000 -2 15 2147483640
# CHECK: -4 -1 -10500000000 1 0 -2147483642
# CHECK: 2 -1 6750000000 -3 15 2147483638
# CHECK: 2 3 7800000000 3 0 -2147483636
