# Element-wise vector addition: c = a + b, one thread per element.
from max.gpu import thread_idx, block_idx, block_dim
from max.gpu.host import DeviceContext
from std.math import ceildiv

comptime N = 10000
comptime BLOCK = 256


def vector_add_kernel(
    a: Pointer[Float32, ImmutAnyOrigin],
    b: Pointer[Float32, ImmutAnyOrigin],
    c: Pointer[Float32, MutAnyOrigin],
    n: Int32,
):
    var i = block_idx.x * block_dim.x + thread_idx.x
    if i < Int(n):
        c[unsafe_offset=i] = a[unsafe_offset=i] + b[unsafe_offset=i]


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.float32](N)
    var b = ctx.enqueue_create_buffer[DType.float32](N)
    var c = ctx.enqueue_create_buffer[DType.float32](N)
    c.enqueue_fill(0.0)

    with a.map_to_host() as ha:
        for i in range(N):
            ha[i] = Float32(i % 1000)
    with b.map_to_host() as hb:
        for i in range(N):
            hb[i] = Float32((3 * i) % 517)

    ctx.enqueue_function[vector_add_kernel](
        a, b, c, Int32(N), grid_dim=ceildiv(N, BLOCK), block_dim=BLOCK
    )

    var host_c = ctx.enqueue_create_host_buffer[DType.float32](N)
    ctx.enqueue_copy(dst_buf=host_c, src_buf=c)
    ctx.synchronize()

    var checksum = 0
    for i in range(N):
        var expected = Float32(i % 1000) + Float32((3 * i) % 517)
        if host_c[i] != expected:
            raise Error("vector_add: mismatch at " + String(i))
        checksum += Int(host_c[i])
    print("vector_add: ok")
    print("c[1] =", host_c[1])
    print("c[9999] =", host_c[N - 1])
    print("checksum =", checksum)

# CHECK: vector_add: ok
# CHECK: c[1] = 4.0
# CHECK: c[9999] = 1010.0
# CHECK: checksum = 7573994
