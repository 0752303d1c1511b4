# Launch dimensions given as `Dim(x, y)` (missing axes are 1).
from max.gpu import global_idx, grid_dim, block_dim
from max.gpu.host import DeviceContext, Dim


def k(out_: UnsafePointer[Int32, MutAnyOrigin]):
    var x = global_idx.x
    var y = global_idx.y
    out_[y * 6 + x] = Int32(grid_dim.x * 1000 + grid_dim.y * 100 + block_dim.x * 10 + block_dim.z)


def main() raises:
    var ctx = DeviceContext()
    var buf = ctx.enqueue_create_buffer[DType.int32](24)
    ctx.enqueue_function[k](buf, grid_dim=Dim(3, 2), block_dim=Dim(2, 2))
    with buf.map_to_host() as h:
        print(h[0], h[23])
# CHECK: 3221 3221
