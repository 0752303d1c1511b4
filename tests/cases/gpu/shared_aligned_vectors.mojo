# PTX: ld.shared.v4.f32
# Shared arrays declared after a 3-byte one still get their element alignment (Float64) or the
# alignment asked for (`alignment=16`), so width-4 aligned vector loads and stores on shared
# memory are valid.
from max.gpu import thread_idx, barrier
from max.gpu.host import DeviceContext
from std.memory import stack_allocation, AddressSpace


def k(out_: UnsafePointer[Float32, MutAnyOrigin], dout: UnsafePointer[Float64, MutAnyOrigin]):
    var bytes = stack_allocation[3, DType.uint8, address_space=AddressSpace.SHARED]()
    var d = stack_allocation[4, DType.float64, address_space=AddressSpace.SHARED]()
    var v = stack_allocation[16, DType.float32, alignment=16, address_space=AddressSpace.SHARED]()
    var t = thread_idx.x
    if t < 3:
        bytes[t] = UInt8(t + 1)
    d[t] = Float64(t) + 0.5
    v.store[alignment=16](t * 4, SIMD[DType.float32, 4](Float32(t), 1.0, 2.0, 3.0) * Float32(t + 1))
    barrier()
    var w = v.load[width=4, alignment=16]((3 - t) * 4)
    out_.store[alignment=16](t * 4, w + Float32(bytes[t % 3]))
    dout[t] = d[3 - t] * 2.0


def main() raises:
    var ctx = DeviceContext()
    var out_ = ctx.enqueue_create_buffer[DType.float32](16)
    var dout = ctx.enqueue_create_buffer[DType.float64](4)
    ctx.enqueue_function[k](out_, dout, grid_dim=1, block_dim=4)
    with out_.map_to_host() as h, dout.map_to_host() as g:
        for t in range(4):
            print(h[t * 4], h[t * 4 + 1], h[t * 4 + 2], h[t * 4 + 3], g[t])
# CHECK: 13.0 5.0 9.0 13.0 7.0
# CHECK: 8.0 5.0 8.0 11.0 5.0
# CHECK: 5.0 5.0 7.0 9.0 3.0
# CHECK: 1.0 2.0 3.0 4.0 1.0
