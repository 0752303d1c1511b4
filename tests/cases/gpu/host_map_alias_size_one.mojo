# `map_to_host` written in one `with` and read back in a second; buffers of a single value used by
# a kernel; and `var b2 = b` is a second handle on the same device memory (a write through either
# is seen through the other, by the host and by kernels).
from max.gpu import thread_idx
from max.gpu.host import DeviceContext


def bump(p: UnsafePointer[Int64, MutAnyOrigin], q: UnsafePointer[Int64, MutAnyOrigin]):
    p[0] = p[0] * 10 + q[0]


def main() raises:
    var ctx = DeviceContext(api="sim")
    var one = ctx.enqueue_create_buffer[DType.int64](1)
    var other = ctx.enqueue_create_buffer[DType.int64](1)
    print(len(one), ctx.api())
    # CHECK: 1 sim
    with one.map_to_host() as h:
        h[0] = 4
    with other.map_to_host() as h:
        h[0] = 7
    with one.map_to_host() as h:
        print(h[0], len(h))
    # CHECK: 4 1
    var alias_ = one
    ctx.enqueue_function[bump](alias_, other, grid_dim=1, block_dim=1)
    with one.map_to_host() as h:
        print(h[0])
    # CHECK: 47
    with alias_.map_to_host() as h:
        h[0] = -1
    ctx.enqueue_function[bump](one, alias_, grid_dim=1, block_dim=1)
    with alias_.map_to_host() as a, one.map_to_host() as b:
        print(a[0], b[0])
    # CHECK: -11 -11
