# PTX: atom.shared.add.u32
# Atomics on shared memory: each block of 40 threads builds a 5-bin histogram and a maximum in its
# own shared arrays (initialised by some threads, fenced by barriers), then writes them out.
from max.gpu import thread_idx, block_idx, barrier
from max.gpu.host import DeviceContext
from std.memory import stack_allocation, AddressSpace
from std.atomic import Atomic

comptime TPB = 40
comptime BINS = 5


def k(inp: UnsafePointer[Int32, MutAnyOrigin], hist: UnsafePointer[Int32, MutAnyOrigin], mx: UnsafePointer[Int32, MutAnyOrigin]):
    var bins = stack_allocation[BINS, DType.int32, address_space=AddressSpace.SHARED]()
    var top = stack_allocation[1, DType.int32, address_space=AddressSpace.SHARED]()
    var t = thread_idx.x
    if t < BINS:
        bins[t] = 0
    if t == TPB - 1:
        top[0] = Int32.MIN
    barrier()
    var v = inp[block_idx.x * TPB + t]
    _ = Atomic[Int32].fetch_add(bins + Int(v % BINS), Int32(1))
    Atomic[Int32].max(top, v)
    barrier()
    if t < BINS:
        hist[block_idx.x * BINS + t] = bins[t]
    if t == 0:
        mx[block_idx.x] = top[0]


def main() raises:
    var ctx = DeviceContext()
    var inp = ctx.enqueue_create_buffer[DType.int32](3 * TPB)
    var hist = ctx.enqueue_create_buffer[DType.int32](3 * BINS)
    var mx = ctx.enqueue_create_buffer[DType.int32](3)
    with inp.map_to_host() as h:
        for i in range(3 * TPB):
            h[i] = Int32((i * i * 7 + 3 * i) % 113)
    ctx.enqueue_function[k](inp, hist, mx, grid_dim=3, block_dim=TPB)
    with hist.map_to_host() as h, mx.map_to_host() as m:
        for b in range(3):
            print(b, h[b * BINS], h[b * BINS + 1], h[b * BINS + 2], h[b * BINS + 3], h[b * BINS + 4], m[b])
# CHECK: 0 8 2 12 8 10 99
# CHECK: 1 11 7 8 8 6 108
# CHECK: 2 9 9 8 8 6 108
