# `block.sum`, `block.max`, `block.min` over a block of 96 threads (three warps): every thread
# gets the result; the shared memory they use is reused from one call to the next.
from max.gpu import thread_idx, block_idx
from max.gpu.host import DeviceContext
from max.gpu.primitives import block


def k(out_: UnsafePointer[Int32, MutAnyOrigin]):
    var t = thread_idx.x
    var v = Int32((t * 5) % 17 - 3)
    var s = block.sum[block_size=96](v)
    var mx = block.max[block_size=96](v)
    var mn = block.min[block_size=96](v)
    if t == 95:
        out_[block_idx.x * 3 + 0] = s
        out_[block_idx.x * 3 + 1] = mx
        out_[block_idx.x * 3 + 2] = mn


def main() raises:
    var ctx = DeviceContext()
    var buf = ctx.enqueue_create_buffer[DType.int32](6)
    ctx.enqueue_function[k](buf, grid_dim=2, block_dim=96)
    with buf.map_to_host() as h:
        print(h[0], h[1], h[2], h[3])
# CHECK: 480 13 -3 480
