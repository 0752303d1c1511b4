# EXIT: 1
# STDERR: fault_shared_read_past_end.mojo:18:31:
# STDERR: error[E0606]: memory access at
# STDERR: is outside its allocation of 64 bytes (in kernel `shift`, block (1, 0, 0), thread (15, 0, 0))
# A read one past the end of a shared array (16 Int32): the last thread of a block reads
# `tile[16]`; the simulator checks shared memory like global memory. Block 0 is guarded.
from max.gpu import thread_idx, block_idx, barrier
from max.gpu.host import DeviceContext
from std.memory import stack_allocation, AddressSpace


def shift(p: UnsafePointer[Int32, MutAnyOrigin]):
    var tile = stack_allocation[16, DType.int32, address_space=AddressSpace.SHARED]()
    var t = thread_idx.x
    tile[t] = Int32(t)
    barrier()
    var limit = 15 if block_idx.x == 0 else 16
    p[block_idx.x * 16 + t] = tile[t + 1] if t < limit else Int32(0)


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.int32](32)
    ctx.enqueue_function[shift](a, grid_dim=2, block_dim=16)
    ctx.synchronize()
    print("not reached")
