# PTX: %tid.x
# PTX: %ctaid.x
# PTX: %ntid.x
# PTX: %nctaid.x
# AMDGPU: s_load_dword
# The index values of a 1-D launch: 2 blocks of 4 threads.
from max.gpu import thread_idx, block_idx, block_dim, grid_dim, global_idx
from max.gpu.host import DeviceContext


def ids(out_: UnsafePointer[Int32, MutAnyOrigin]):
    var g = global_idx.x
    out_[g * 4 + 0] = Int32(thread_idx.x)
    out_[g * 4 + 1] = Int32(block_idx.x)
    out_[g * 4 + 2] = Int32(block_dim.x)
    out_[g * 4 + 3] = Int32(grid_dim.x)


def main() raises:
    var ctx = DeviceContext()
    var buf = ctx.enqueue_create_buffer[DType.int32](32)
    ctx.enqueue_function[ids](buf, grid_dim=2, block_dim=4)
    ctx.synchronize()
    with buf.map_to_host() as h:
        for g in range(8):
            print(g, h[g * 4], h[g * 4 + 1], h[g * 4 + 2], h[g * 4 + 3])
# CHECK: 0 0 0 4 2
# CHECK: 1 1 0 4 2
# CHECK: 2 2 0 4 2
# CHECK: 3 3 0 4 2
# CHECK: 4 0 1 4 2
# CHECK: 5 1 1 4 2
# CHECK: 6 2 1 4 2
# CHECK: 7 3 1 4 2
