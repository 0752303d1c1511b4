# A tree reduction in shared memory: a barrier inside a loop, reached by every thread each time.
from max.gpu import thread_idx, block_idx, block_dim, barrier
from max.gpu.host import DeviceContext
from std.memory import stack_allocation, AddressSpace
from std.math import ceildiv

comptime TPB = 64


def block_sum(inp: UnsafePointer[Float32, MutAnyOrigin], sums: UnsafePointer[Float32, MutAnyOrigin], n: Int32):
    var sh = stack_allocation[TPB, DType.float32, address_space=AddressSpace.SHARED]()
    var t = thread_idx.x
    var i = block_idx.x * block_dim.x + t
    sh[t] = inp[i] if i < Int(n) else 0.0
    barrier()
    var stride = TPB // 2
    while stride > 0:
        if t < stride:
            sh[t] += sh[t + stride]
        barrier()
        stride //= 2
    if t == 0:
        sums[block_idx.x] = sh[0]


def main() raises:
    comptime N = 300
    var ctx = DeviceContext()
    var inp = ctx.enqueue_create_buffer[DType.float32](N)
    var blocks = ceildiv(N, TPB)
    var sums = ctx.enqueue_create_buffer[DType.float32](blocks)
    with inp.map_to_host() as h:
        for i in range(N):
            h[i] = Float32(i)
    ctx.enqueue_function[block_sum](inp, sums, Int32(N), grid_dim=blocks, block_dim=TPB)
    with sums.map_to_host() as h:
        var total: Float32 = 0
        for b in range(blocks):
            print(h[b])
            total += h[b]
        print("total", total)
# CHECK: 2016.0
# CHECK: 6112.0
# CHECK: 10208.0
# CHECK: 14304.0
# CHECK: 12210.0
# CHECK: total 44850.0
