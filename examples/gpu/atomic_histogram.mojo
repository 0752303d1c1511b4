# Histogram with atomics: each block builds a private histogram in shared
# memory with atomic increments, then atomically merges it into the global
# histogram. A float32 atomic add also accumulates the sum of all values.
from max.gpu import thread_idx, block_idx, block_dim, grid_dim, barrier
from max.gpu.host import DeviceContext
from std.atomic import Atomic
from std.memory import stack_allocation, AddressSpace

comptime N = 50000
comptime BINS = 64
comptime BLOCK = 256
comptime GRID = 40


def histogram_kernel(
    values: Pointer[Int32, ImmutAnyOrigin],
    hist: Pointer[Int32, MutAnyOrigin],
    total: Pointer[Float32, MutAnyOrigin],
    n: Int32,
):
    var local = stack_allocation[
        BINS, DType.int32, address_space=AddressSpace.SHARED
    ]()
    var tid = thread_idx.x
    if tid < BINS:
        local[unsafe_offset=tid] = 0
    barrier()

    # Grid-stride loop: GRID * BLOCK threads cover N values.
    var i = block_idx.x * block_dim.x + tid
    var step = grid_dim.x * block_dim.x
    var my_sum: Float32 = 0.0
    while i < Int(n):
        var v = values[unsafe_offset=i]
        _ = Atomic[Int32].fetch_add(local.unsafe_offset(Int(v)), Int32(1))
        my_sum += Float32(v)
        i += step
    barrier()

    if tid < BINS:
        var c = local[unsafe_offset=tid]
        if c != 0:
            _ = Atomic[Int32].fetch_add(hist.unsafe_offset(tid), c)
    _ = Atomic[Float32].fetch_add(total, my_sum)


def value(i: Int) -> Int:
    return (i * 7 + i // 3 + (i * i) % 11) % BINS


def main() raises:
    var ctx = DeviceContext()
    var values = ctx.enqueue_create_buffer[DType.int32](N)
    var hist = ctx.enqueue_create_buffer[DType.int32](BINS)
    var total = ctx.enqueue_create_buffer[DType.float32](1)
    hist.enqueue_fill(0)
    total.enqueue_fill(0.0)

    with values.map_to_host() as hv:
        for i in range(N):
            hv[i] = Int32(value(i))

    ctx.enqueue_function[histogram_kernel](
        values, hist, total, Int32(N), grid_dim=GRID, block_dim=BLOCK
    )
    ctx.synchronize()

    var expected = List[Int](length=BINS, fill=0)
    var expected_sum = 0
    for i in range(N):
        expected[value(i)] += 1
        expected_sum += value(i)

    var count = 0
    var weighted = 0
    with hist.map_to_host() as hh:
        for b in range(BINS):
            if Int(hh[b]) != expected[b]:
                raise Error("atomic_histogram: bin mismatch at " + String(b))
            count += Int(hh[b])
            weighted += Int(hh[b]) * (b + 1)
        print("atomic_histogram: ok")
        print("hist[0] =", hh[0])
        print("hist[17] =", hh[17])
        print("hist[63] =", hh[BINS - 1])
    print("count =", count)
    print("weighted =", weighted)
    with total.map_to_host() as ht:
        if Int(ht[0]) != expected_sum:
            raise Error("atomic_histogram: sum mismatch")
        print("sum =", Int(ht[0]))

# CHECK: atomic_histogram: ok
# CHECK: hist[0] = 665
# CHECK: hist[17] = 898
# CHECK: hist[63] = 899
# CHECK: count = 50000
# CHECK: weighted = 1628666
# CHECK: sum = 1578666
