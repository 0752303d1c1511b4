# `syncwarp()` waits for the other lanes of the warp (a warp reduction through shared memory that
# needs it), as on a GPU.
from max.gpu import thread_idx, syncwarp
from max.gpu.host import DeviceContext
from std.memory import stack_allocation, AddressSpace


def k(out: UnsafePointer[Int32, MutAnyOrigin]):
    var t = thread_idx.x
    var s = stack_allocation[64, Int32, address_space=AddressSpace.SHARED]()
    s[t] = Int32(t)
    s[t + 32] = 0
    syncwarp()
    var offset = 16
    while offset > 0:
        var v = s[t + offset]
        syncwarp()
        s[t] += v
        syncwarp()
        offset //= 2
    if t == 0:
        out[0] = s[0]


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.int32](1)
    ctx.enqueue_function[k](a, grid_dim=1, block_dim=32)
    with a.map_to_host() as h:
        print(h[0])
# CHECK: 496
