# One shared array reused across the passes of a loop: each pass reads neighbours, waits at a
# barrier, writes the new value and waits again, so no thread reads a half-updated row.
from max.gpu import thread_idx, block_idx, barrier
from max.gpu.host import DeviceContext
from std.memory import stack_allocation, AddressSpace

comptime TPB = 16
comptime PASSES = 4


def smooth(data: UnsafePointer[Int32, MutAnyOrigin]):
    var row = stack_allocation[TPB, DType.int32, address_space=AddressSpace.SHARED]()
    var t = thread_idx.x
    var g = block_idx.x * TPB + t
    row[t] = data[g]
    barrier()
    for _ in range(PASSES):
        var left = row[t - 1] if t > 0 else Int32(0)
        var right = row[t + 1] if t < TPB - 1 else Int32(0)
        var v = left + row[t] * 2 + right
        barrier()
        row[t] = v
        barrier()
    data[g] = row[t]


def main() raises:
    var ctx = DeviceContext()
    var data = ctx.enqueue_create_buffer[DType.int32](2 * TPB)
    with data.map_to_host() as h:
        for i in range(2 * TPB):
            h[i] = 0
        h[3] = 1
        h[TPB + 15] = 2
        h[TPB] = -1
    ctx.enqueue_function[smooth](data, grid_dim=2, block_dim=TPB)
    with data.map_to_host() as h:
        for b in range(2):
            var s = String()
            for i in range(TPB):
                s += String(h[b * TPB + i]) + (" " if i < TPB - 1 else "")
            print(s)
# CHECK: 8 28 56 70 56 28 8 1 0 0 0 0 0 0 0 0
# CHECK: -42 -48 -27 -8 -1 0 0 0 0 0 0 2 16 54 96 84
