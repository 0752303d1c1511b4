# 2-D and 3-D launches: dimensions given as tuples; missing axes are 1.
from max.gpu import thread_idx, block_idx, block_dim, grid_dim
from max.gpu.host import DeviceContext


def cells(out_: UnsafePointer[Int32, MutAnyOrigin], width: Int32):
    var x = block_idx.x * block_dim.x + thread_idx.x
    var y = block_idx.y * block_dim.y + thread_idx.y
    out_[y * Int(width) + x] = Int32(y * 10 + x)


def depth(out_: UnsafePointer[Int32, MutAnyOrigin]):
    var t = thread_idx.x + block_dim.x * (thread_idx.y + block_dim.y * thread_idx.z)
    out_[t] = Int32(thread_idx.z * 100 + thread_idx.y * 10 + thread_idx.x + grid_dim.z * 1000)


def main() raises:
    var ctx = DeviceContext()
    var buf = ctx.enqueue_create_buffer[DType.int32](24)
    ctx.enqueue_function[cells](buf, Int32(6), grid_dim=(3, 2), block_dim=(2, 2))
    with buf.map_to_host() as h:
        for y in range(4):
            print(h[y * 6], h[y * 6 + 1], h[y * 6 + 2], h[y * 6 + 3], h[y * 6 + 4], h[y * 6 + 5])
    # CHECK: 0 1 2 3 4 5
    # CHECK: 10 11 12 13 14 15
    # CHECK: 20 21 22 23 24 25
    # CHECK: 30 31 32 33 34 35
    var d = ctx.enqueue_create_buffer[DType.int32](8)
    ctx.enqueue_function[depth](d, grid_dim=(1, 1, 1), block_dim=(2, 2, 2))
    with d.map_to_host() as h:
        print(h[0], h[1], h[2], h[3], h[4], h[7])
    # CHECK: 1000 1001 1010 1011 1100 1111
