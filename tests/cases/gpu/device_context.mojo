# A `DeviceContext` on the `sim` device (the default where there is no GPU), buffers, fills and
# every form of copy.
from max.gpu.host import DeviceContext, HostBuffer
from std.sys import has_accelerator


def main() raises:
    print(has_accelerator())
    # CHECK: True
    var ctx = DeviceContext(api="sim")
    print(ctx.api(), DeviceContext.number_of_devices())
    # CHECK: sim 1
    var d = ctx.enqueue_create_buffer[DType.int64](5)
    var d2 = ctx.enqueue_create_buffer[DType.int64](5)
    var h = ctx.enqueue_create_host_buffer[DType.int64](5)
    print(len(d), len(h))
    # CHECK: 5 5
    d.enqueue_fill(7)
    ctx.enqueue_copy(dst_buf=h, src_buf=d)
    print(h[0], h[4])
    # CHECK: 7 7
    for i in range(5):
        h[i] = Int64(i * i)
    ctx.enqueue_copy(d, h)
    ctx.enqueue_copy(dst_buf=d2, src_buf=d)
    var back = ctx.enqueue_create_host_buffer[DType.int64](5)
    d2.enqueue_copy_to(back)
    print(back[1], back[2], back[4])
    # CHECK: 1 4 16
    h.enqueue_fill(-1)
    d2.enqueue_copy_from(h)
    ctx.enqueue_copy(back.unsafe_ptr(), d2)
    print(back[3])
    # CHECK: -1
    var shared = d
    with shared.map_to_host() as m:
        m[0] = 100
    with d.map_to_host() as m:
        print(m[0], m[1], len(m))
    # CHECK: 100 1 5
    ctx.synchronize()
