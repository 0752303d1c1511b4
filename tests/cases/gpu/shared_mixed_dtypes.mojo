# PTX: ld.shared.u8
# PTX: ld.shared.f64
# Three shared arrays of different element types (Int32, Float64, UInt8) in one kernel: each keeps
# its own values and width, with no overlap between them.
from max.gpu import thread_idx, block_idx, barrier
from max.gpu.host import DeviceContext
from std.memory import stack_allocation, AddressSpace

comptime TPB = 16


def k(oi: UnsafePointer[Int32, MutAnyOrigin], of: UnsafePointer[Float64, MutAnyOrigin], ou: UnsafePointer[UInt8, MutAnyOrigin]):
    var si = stack_allocation[TPB, DType.int32, address_space=AddressSpace.SHARED]()
    var sf = stack_allocation[TPB, DType.float64, address_space=AddressSpace.SHARED]()
    var su = stack_allocation[TPB, DType.uint8, address_space=AddressSpace.SHARED]()
    var t = thread_idx.x
    var g = block_idx.x * TPB + t
    si[t] = Int32(g * g) - 100
    sf[t] = Float64(g) / 4.0 + 1e10
    su[t] = UInt8(g) * 20
    barrier()
    var r = TPB - 1 - t
    oi[g] = si[r]
    of[g] = sf[r] - 1e10
    ou[g] = su[(t + 1) % TPB] + su[t]


def main() raises:
    var ctx = DeviceContext()
    var oi = ctx.enqueue_create_buffer[DType.int32](32)
    var of = ctx.enqueue_create_buffer[DType.float64](32)
    var ou = ctx.enqueue_create_buffer[DType.uint8](32)
    ctx.enqueue_function[k](oi, of, ou, grid_dim=2, block_dim=TPB)
    with oi.map_to_host() as a, of.map_to_host() as b, ou.map_to_host() as c:
        print(a[0], a[15], a[16], a[31])
        print(b[0], b[1], b[16], b[31])
        print(c[0], c[12], c[15], c[16], c[31])
# CHECK: 125 -100 861 156
# CHECK: 3.75 3.5 7.75 4.0
# CHECK: 20 244 44 148 172
