# PTX: ld.global.v4.f32
# PTX: st.global.v4.f32
# AMDGPU: global_load_dwordx4
# SIMD loads and stores in a kernel: with `alignment=16` a GPU moves four floats at once; on the
# `sim` device the alignment promise is checked.
from max.gpu import global_idx
from max.gpu.host import DeviceContext


def scale4(a: UnsafePointer[Float32, MutAnyOrigin], b: UnsafePointer[Float32, MutAnyOrigin]):
    var i = global_idx.x * 4
    var v = a.load[width=4, alignment=16](i)
    b.store[alignment=16](i, v * 2 + SIMD[DType.float32, 4](0, 1, 2, 3))


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.float32](64)
    var b = ctx.enqueue_create_buffer[DType.float32](64)
    with a.map_to_host() as h:
        for i in range(64):
            h[i] = Float32(i)
    ctx.enqueue_function[scale4](a, b, grid_dim=2, block_dim=8)
    with b.map_to_host() as h:
        print(h[0], h[1], h[2], h[3], h[4], h[63])
# CHECK: 0.0 3.0 6.0 9.0 8.0 129.0
