# `enqueue_fill` on UInt8, Float64 and Int16 buffers (extreme values included) and on a host
# buffer; a kernel reads the filled values, and a refill after the kernel replaces its results.
from max.gpu import thread_idx
from max.gpu.host import DeviceContext


def combine(u: UnsafePointer[UInt8, MutAnyOrigin], f: UnsafePointer[Float64, MutAnyOrigin], s: UnsafePointer[Int16, MutAnyOrigin], out_: UnsafePointer[Float64, MutAnyOrigin]):
    var t = thread_idx.x
    out_[t] = Float64(u[t]) + f[t] + Float64(s[t])
    u[t] = u[t] + UInt8(t)
    s[t] = s[t] + Int16(t)


def main() raises:
    var ctx = DeviceContext()
    var u = ctx.enqueue_create_buffer[DType.uint8](6)
    var f = ctx.enqueue_create_buffer[DType.float64](6)
    var s = ctx.enqueue_create_buffer[DType.int16](6)
    var o = ctx.enqueue_create_buffer[DType.float64](6)
    u.enqueue_fill(255)
    f.enqueue_fill(-2.5)
    s.enqueue_fill(-32768)
    ctx.enqueue_function[combine](u, f, s, o, grid_dim=1, block_dim=6)
    with o.map_to_host() as h:
        print(h[0], h[5])
    # CHECK: -32515.5 -32515.5
    with u.map_to_host() as a, s.map_to_host() as b:
        print(a[0], a[1], a[5], b[0], b[5])
    # CHECK: 255 0 4 -32768 -32763
    s.enqueue_fill(32767)
    u.enqueue_fill(7)
    with u.map_to_host() as a, s.map_to_host() as b:
        print(a[1], a[5], b[1], b[5])
    # CHECK: 7 7 32767 32767
    var hb = ctx.enqueue_create_host_buffer[DType.float64](3)
    hb.enqueue_fill(1e300)
    ctx.synchronize()
    print(hb[0], hb[2], len(hb))
    # CHECK: 1e+300 1e+300 3
