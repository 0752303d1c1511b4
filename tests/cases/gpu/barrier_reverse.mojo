# PTX: bar.sync
# PTX: ld.shared.u32
# PTX: st.shared.u32
# AMDGPU: s_barrier
# AMDGPU: ds_read_b32
# Each block reverses its slice through shared memory: every thread writes, all wait at the
# barrier, then each reads what another thread wrote.
from max.gpu import thread_idx, block_idx, block_dim, barrier
from max.gpu.host import DeviceContext
from std.memory import stack_allocation, AddressSpace

comptime TPB = 8


def reverse(data: UnsafePointer[Int32, MutAnyOrigin]):
    var tile = stack_allocation[TPB, DType.int32, address_space=AddressSpace.SHARED]()
    var t = thread_idx.x
    var base = block_idx.x * block_dim.x
    tile[t] = data[base + t]
    barrier()
    data[base + t] = tile[TPB - 1 - t]


def main() raises:
    var ctx = DeviceContext()
    var buf = ctx.enqueue_create_buffer[DType.int32](16)
    with buf.map_to_host() as h:
        for i in range(16):
            h[i] = Int32(i)
    ctx.enqueue_function[reverse](buf, grid_dim=2, block_dim=TPB)
    with buf.map_to_host() as h:
        var s = String()
        for i in range(16):
            s += String(h[i]) + (" " if i < 15 else "")
        print(s)
# CHECK: 7 6 5 4 3 2 1 0 15 14 13 12 11 10 9 8
