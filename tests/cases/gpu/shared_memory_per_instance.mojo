# Two `block.sum` calls of different dtypes in one kernel: each instance has shared memory of its
# own size.
from max.gpu import thread_idx, block_idx
from max.gpu.host import DeviceContext
from max.gpu.primitives import block


def k(out_: UnsafePointer[Float64, MutAnyOrigin]):
    var t = thread_idx.x
    var a = block.sum[block_size=256](Int32(t))
    var b = block.sum[block_size=256](Float64(t))
    if t == 0:
        out_[0] = Float64(a)
        out_[1] = b


def main() raises:
    var ctx = DeviceContext()
    var buf = ctx.enqueue_create_buffer[DType.float64](2)
    ctx.enqueue_function[k](buf, grid_dim=1, block_dim=256)
    with buf.map_to_host() as h:
        print(h[0], h[1])
# CHECK: 32640.0 32640.0
