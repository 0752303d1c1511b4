# A `stack_allocation` call inside a loop body (and inside a helper called from two places) names
# the same shared array every time: values written in one iteration are read in the next.
from max.gpu import thread_idx, barrier
from max.gpu.host import DeviceContext
from std.memory import stack_allocation, AddressSpace

comptime TPB = 8


def scratch() -> UnsafePointer[Int32, MutUntrackedOrigin, address_space=AddressSpace.SHARED]:
    return stack_allocation[TPB, DType.int32, address_space=AddressSpace.SHARED]()


def k(out_: UnsafePointer[Int32, MutAnyOrigin]):
    var t = thread_idx.x
    for i in range(4):
        var sh = stack_allocation[TPB, DType.int32, address_space=AddressSpace.SHARED]()
        if i == 0:
            sh[t] = Int32(t)
        else:
            var v = sh[(t + 1) % TPB] * 2
            barrier()
            sh[t] = v
        barrier()
        if i == 3:
            out_[2 * TPB + t] = sh[t]
    var again = stack_allocation[TPB, DType.int32, address_space=AddressSpace.SHARED]()
    again[t] = Int32(-5)
    var a = scratch()
    a[t] = Int32(t * 1000)
    barrier()
    var b = scratch()
    out_[t] = b[(t + 3) % TPB]
    out_[TPB + t] = again[t]


def main() raises:
    var ctx = DeviceContext()
    var out_ = ctx.enqueue_create_buffer[DType.int32](3 * TPB)
    ctx.enqueue_function[k](out_, grid_dim=1, block_dim=TPB)
    with out_.map_to_host() as h:
        for r in range(3):
            var s = String()
            for i in range(TPB):
                s += String(h[r * TPB + i]) + (" " if i < TPB - 1 else "")
            print(s)
# CHECK: 3000 4000 5000 6000 7000 0 1000 2000
# CHECK: -5 -5 -5 -5 -5 -5 -5 -5
# CHECK: 24 32 40 48 56 0 8 16
