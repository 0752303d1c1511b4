# Conversions in a kernel between Int32, UInt32 and Float32: float-to-int truncates toward zero,
# Int32 <-> UInt32 reinterprets two's complement, and int-to-float rounds to nearest even.
from max.gpu import thread_idx
from max.gpu.host import DeviceContext


def k(fi: UnsafePointer[Float32, MutAnyOrigin], ii: UnsafePointer[Int32, MutAnyOrigin], ui: UnsafePointer[UInt32, MutAnyOrigin], oi: UnsafePointer[Int32, MutAnyOrigin], ou: UnsafePointer[UInt32, MutAnyOrigin], of: UnsafePointer[Float32, MutAnyOrigin]):
    var t = thread_idx.x
    oi[t * 2] = Int32(fi[t])
    oi[t * 2 + 1] = Int32(ui[t])
    ou[t * 2] = UInt32(ii[t])
    ou[t * 2 + 1] = UInt32(abs(fi[t]))
    of[t * 2] = Float32(ii[t])
    of[t * 2 + 1] = Float32(ui[t])


def main() raises:
    var ctx = DeviceContext()
    var fi = ctx.enqueue_create_buffer[DType.float32](4)
    var ii = ctx.enqueue_create_buffer[DType.int32](4)
    var ui = ctx.enqueue_create_buffer[DType.uint32](4)
    var oi = ctx.enqueue_create_buffer[DType.int32](8)
    var ou = ctx.enqueue_create_buffer[DType.uint32](8)
    var of = ctx.enqueue_create_buffer[DType.float32](8)
    with fi.map_to_host() as f, ii.map_to_host() as i, ui.map_to_host() as u:
        f[0] = -2.75
        f[1] = 2.9921875
        f[2] = 1e9
        f[3] = -0.5
        i[0] = -1
        i[1] = 16777217
        i[2] = -2147483648
        i[3] = 7
        u[0] = 3000000000
        u[1] = 4294967295
        u[2] = 16777219
        u[3] = 5
    ctx.enqueue_function[k](fi, ii, ui, oi, ou, of, grid_dim=1, block_dim=4)
    with oi.map_to_host() as a, ou.map_to_host() as b, of.map_to_host() as c:
        for t in range(4):
            print(a[t * 2], a[t * 2 + 1], b[t * 2], b[t * 2 + 1], c[t * 2], c[t * 2 + 1])
# CHECK: -2 -1294967296 4294967295 2 -1.0 3000000000.0
# CHECK: 2 -1 16777217 2 16777216.0 4294967300.0
# CHECK: 1000000000 16777219 2147483648 1000000000 -2147483600.0 16777220.0
# CHECK: 0 5 7 0 7.0 5.0
