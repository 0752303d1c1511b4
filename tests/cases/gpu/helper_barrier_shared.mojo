# PTX: bar.sync
# A kernel calls a helper `def` that owns a shared array, calls `barrier()` and reads what other
# threads wrote; called twice, the helper reuses the same array (one per call site and block), and
# a second helper takes a shared-memory pointer as an argument.
from max.gpu import thread_idx, block_idx, barrier
from max.gpu.host import DeviceContext
from std.memory import stack_allocation, AddressSpace

comptime TPB = 8


def neighbour_sum(v: Int32) -> Int32:
    var sh = stack_allocation[TPB, DType.int32, address_space=AddressSpace.SHARED]()
    var t = thread_idx.x
    sh[t] = v
    barrier()
    var r = sh[t] + sh[(t + 1) % TPB]
    barrier()
    return r


def mirror(tile: UnsafePointer[Int32, MutUntrackedOrigin, address_space=AddressSpace.SHARED], t: Int) -> Int32:
    barrier()
    return tile[TPB - 1 - t]


def k(out_: UnsafePointer[Int32, MutAnyOrigin]):
    var t = thread_idx.x
    var base = block_idx.x * TPB
    var once = neighbour_sum(Int32(base + t))
    var twice = neighbour_sum(once)
    var tile = stack_allocation[TPB, DType.int32, address_space=AddressSpace.SHARED]()
    tile[t] = twice
    out_[base + t] = mirror(tile, t)


def main() raises:
    var ctx = DeviceContext()
    var buf = ctx.enqueue_create_buffer[DType.int32](16)
    ctx.enqueue_function[k](buf, grid_dim=2, block_dim=TPB)
    with buf.map_to_host() as h:
        var s = String()
        for i in range(16):
            s += String(h[i]) + (" " if i < 15 else "")
        print(s)
# CHECK: 8 20 24 20 16 12 8 4 40 52 56 52 48 44 40 36
