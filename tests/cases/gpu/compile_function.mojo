# `ctx.compile_function[kernel]()` gets a kernel ready before its first launch; the result is
# launched with `ctx.enqueue_function(f, args..., grid_dim=..., block_dim=...)`.
from max.gpu import global_idx
from max.gpu.host import DeviceContext


def scale[k: Int](p: UnsafePointer[Float32, MutAnyOrigin], n: Int32):
    var i = global_idx.x
    if i < Int(n):
        p[i] = p[i] * Float32(k)


def main() raises:
    var ctx = DeviceContext()
    var buf = ctx.enqueue_create_buffer[DType.float32](10)
    buf.enqueue_fill(1.5)
    var triple = ctx.compile_function[scale[3]]()
    ctx.enqueue_function(triple, buf, Int32(10), grid_dim=1, block_dim=16)
    ctx.enqueue_function(triple, buf, Int32(5), grid_dim=1, block_dim=16)
    with buf.map_to_host() as h:
        print(h[0], h[4], h[5], h[9])
# CHECK: 13.5 13.5 4.5 4.5
