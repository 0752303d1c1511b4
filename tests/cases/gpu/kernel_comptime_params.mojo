# A kernel with compile-time parameters, launched as `enqueue_function[k[4]]`: two instances of one
# generic kernel (different parameters) are two kernels, each using its own constants.
from max.gpu import thread_idx, block_idx, block_dim
from max.gpu.host import DeviceContext


def strided[stride: Int](p: UnsafePointer[Int32, MutAnyOrigin]):
    var i = block_idx.x * block_dim.x + thread_idx.x
    p[i * stride] = Int32(i * stride + stride * 1000)


def affine[n: Int, scale: Int32, offset: Int32](p: UnsafePointer[Int32, MutAnyOrigin]):
    var t = thread_idx.x
    if t < n:
        p[t] = Int32(t) * scale + offset


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.int32](16)
    a.enqueue_fill(0)
    ctx.enqueue_function[strided[4]](a, grid_dim=2, block_dim=2)
    ctx.enqueue_function[strided[3]](a, grid_dim=1, block_dim=2)
    with a.map_to_host() as h:
        var s = String()
        for i in range(16):
            s += String(h[i]) + (" " if i < 15 else "")
        print(s)
    # CHECK: 3000 0 0 3003 4004 0 0 0 4008 0 0 0 4012 0 0 0
    var b = ctx.enqueue_create_buffer[DType.int32](8)
    b.enqueue_fill(-1)
    ctx.enqueue_function[affine[3, 5, 100]](b, grid_dim=1, block_dim=8)
    with b.map_to_host() as h:
        print(h[0], h[1], h[2], h[3], h[7])
    # CHECK: 100 105 110 -1 -1
    ctx.enqueue_function[affine[6, -2, 1]](b, grid_dim=1, block_dim=8)
    with b.map_to_host() as h:
        print(h[0], h[1], h[2], h[3], h[5], h[6])
    # CHECK: 1 -1 -3 -5 -9 -1
