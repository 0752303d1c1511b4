# A global histogram with contention: 4 blocks of 64 threads, each thread adding two samples to 8
# bins; most samples land in one hot bin, so many threads of every block update the same counter.
from max.gpu import global_idx, grid_dim, block_dim
from max.gpu.host import DeviceContext
from std.atomic import Atomic

comptime N = 512
comptime BINS = 8


def hist(data: UnsafePointer[UInt32, MutAnyOrigin], bins: UnsafePointer[Int32, MutAnyOrigin]):
    var g = global_idx.x
    var stride = grid_dim.x * block_dim.x
    var i = g
    while i < N:
        _ = Atomic[Int32].fetch_add(bins + Int(data[i] % BINS), Int32(1))
        i += stride


def main() raises:
    var ctx = DeviceContext()
    var data = ctx.enqueue_create_buffer[DType.uint32](N)
    var bins = ctx.enqueue_create_buffer[DType.int32](BINS)
    bins.enqueue_fill(0)
    with data.map_to_host() as h:
        for i in range(N):
            h[i] = UInt32(3) if i % 3 != 0 else UInt32((i * i + 5 * i) % 97)
    ctx.enqueue_function[hist](data, bins, grid_dim=4, block_dim=64)
    with bins.map_to_host() as h:
        var total = 0
        var s = String()
        for b in range(BINS):
            total += Int(h[b])
            s += String(h[b]) + " "
        print(s + "total " + String(total))
# CHECK: 27 12 35 364 16 22 21 15 total 512
