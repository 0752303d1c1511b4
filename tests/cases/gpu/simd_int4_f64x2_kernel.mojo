# PTX: ld.global.v4.u32
# PTX: st.global.v4.u32
# PTX: ld.global.v2.f64
# SIMD in kernels: width-4 Int32 loads and stores with `alignment=16`, element-wise math and lane
# access on the vector, and width-2 Float64 vectors (16 bytes) loaded and stored aligned.
from max.gpu import global_idx
from max.gpu.host import DeviceContext


def k(a: UnsafePointer[Int32, MutAnyOrigin], b: UnsafePointer[Int32, MutAnyOrigin], f: UnsafePointer[Float64, MutAnyOrigin]):
    var g = global_idx.x
    var v = a.load[width=4, alignment=16](g * 4)
    var w = v * v - SIMD[DType.int32, 4](1, 2, 3, 4)
    w[0] += v[3]
    b.store[alignment=16](g * 4, w)
    var d = f.load[width=2, alignment=16](g * 2)
    f.store[alignment=16](g * 2, SIMD[DType.float64, 2](d[1], d[0]) * 0.5 + d)


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.int32](24)
    var b = ctx.enqueue_create_buffer[DType.int32](24)
    var f = ctx.enqueue_create_buffer[DType.float64](12)
    with a.map_to_host() as h:
        for i in range(24):
            h[i] = Int32(i - 10)
    with f.map_to_host() as h:
        for i in range(12):
            h[i] = Float64(i) * 1.5
    ctx.enqueue_function[k](a, b, f, grid_dim=2, block_dim=3)
    with b.map_to_host() as h:
        print(h[0], h[1], h[2], h[3], h[4], h[23])
    with f.map_to_host() as h:
        print(h[0], h[1], h[10], h[11])
# CHECK: 92 79 61 45 32 165
# CHECK: 0.75 1.5 23.25 24.0
