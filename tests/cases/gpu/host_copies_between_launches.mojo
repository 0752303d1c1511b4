# Copies interleaved with launches run in order: host -> device, a kernel, device -> device, a
# second kernel on the copy only, then both back to host buffers; the original is untouched by the
# second kernel, and a host-pointer copy sees the final values.
from max.gpu import global_idx
from max.gpu.host import DeviceContext


def double_it(p: UnsafePointer[Float64, MutAnyOrigin]):
    p[global_idx.x] *= 2.0


def add_half(p: UnsafePointer[Float64, MutAnyOrigin]):
    p[global_idx.x] += 0.5


def main() raises:
    var ctx = DeviceContext()
    var h = ctx.enqueue_create_host_buffer[DType.float64](8)
    for i in range(8):
        h[i] = Float64(i) - 3.0
    var d = ctx.enqueue_create_buffer[DType.float64](8)
    var d2 = ctx.enqueue_create_buffer[DType.float64](8)
    ctx.enqueue_copy(dst_buf=d, src_buf=h)
    ctx.enqueue_function[double_it](d, grid_dim=2, block_dim=4)
    ctx.enqueue_copy(dst_buf=d2, src_buf=d)
    ctx.enqueue_function[add_half](d2, grid_dim=1, block_dim=8)
    var back = ctx.enqueue_create_host_buffer[DType.float64](8)
    var back2 = ctx.enqueue_create_host_buffer[DType.float64](8)
    ctx.enqueue_copy(back, d)
    d2.enqueue_copy_to(back2)
    ctx.synchronize()
    print(h[0], h[7])
    # CHECK: -3.0 4.0
    print(back[0], back[3], back[7])
    # CHECK: -6.0 0.0 8.0
    print(back2[0], back2[3], back2[7])
    # CHECK: -5.5 0.5 8.5
    ctx.enqueue_function[double_it](d2, grid_dim=1, block_dim=8)
    ctx.enqueue_copy(h.unsafe_ptr(), d2)
    ctx.synchronize()
    print(h[0], h[1], h[7])
    # CHECK: -11.0 -7.0 17.0
