# Inclusive prefix sum over N elements.
# Pass 1: each block does a Hillis-Steele scan of its slice in shared memory
#         and records its block total.
# Pass 2: the same kernel scans the block totals (one block).
# Pass 3: every element of block b > 0 gets the scanned total of block b-1.
from max.gpu import thread_idx, block_idx, barrier
from max.gpu.host import DeviceContext
from std.math import ceildiv
from std.memory import stack_allocation, AddressSpace

comptime N = 3000
comptime BLOCK = 256


def block_scan_kernel(
    inp: Pointer[Float32, ImmutAnyOrigin],
    res: Pointer[Float32, MutAnyOrigin],
    block_totals: Pointer[Float32, MutAnyOrigin],
    n: Int32,
):
    var sh = stack_allocation[
        BLOCK, DType.float32, address_space=AddressSpace.SHARED
    ]()
    var tid = thread_idx.x
    var i = block_idx.x * BLOCK + tid
    var v: Float32 = 0.0
    if i < Int(n):
        v = inp[unsafe_offset=i]
    sh[unsafe_offset=tid] = v
    barrier()

    var offset = 1
    while offset < BLOCK:
        var add: Float32 = 0.0
        if tid >= offset:
            add = sh[unsafe_offset=tid - offset]
        barrier()  # everyone has read before anyone writes
        sh[unsafe_offset=tid] = sh[unsafe_offset=tid] + add
        barrier()
        offset *= 2

    if i < Int(n):
        res[unsafe_offset=i] = sh[unsafe_offset=tid]
    if tid == BLOCK - 1:
        block_totals[unsafe_offset=block_idx.x] = sh[unsafe_offset=tid]


def add_offsets_kernel(
    res: Pointer[Float32, MutAnyOrigin],
    scanned_totals: Pointer[Float32, ImmutAnyOrigin],
    n: Int32,
):
    var i = block_idx.x * BLOCK + thread_idx.x
    if block_idx.x > 0 and i < Int(n):
        res[unsafe_offset=i] = res[unsafe_offset=i] + scanned_totals[unsafe_offset=block_idx.x - 1]


def main() raises:
    var ctx = DeviceContext()
    comptime num_blocks = ceildiv(N, BLOCK)
    var data = ctx.enqueue_create_buffer[DType.float32](N)
    var scan = ctx.enqueue_create_buffer[DType.float32](N)
    var totals = ctx.enqueue_create_buffer[DType.float32](num_blocks)
    var scanned_totals = ctx.enqueue_create_buffer[DType.float32](num_blocks)
    var unused = ctx.enqueue_create_buffer[DType.float32](1)

    with data.map_to_host() as h:
        for i in range(N):
            h[i] = Float32(i % 5)

    ctx.enqueue_function[block_scan_kernel](
        data, scan, totals, Int32(N), grid_dim=num_blocks, block_dim=BLOCK
    )
    ctx.enqueue_function[block_scan_kernel](
        totals, scanned_totals, unused, Int32(num_blocks), grid_dim=1, block_dim=BLOCK
    )
    ctx.enqueue_function[add_offsets_kernel](
        scan, scanned_totals, Int32(N), grid_dim=num_blocks, block_dim=BLOCK
    )
    ctx.synchronize()

    var running = 0
    var checksum = 0
    with scan.map_to_host() as hs:
        for i in range(N):
            running += i % 5
            if hs[i] != Float32(running):
                raise Error("prefix_sum: mismatch at " + String(i))
            checksum += Int(hs[i])
        print("prefix_sum: ok")
        print("scan[0] =", hs[0])
        print("scan[255] =", hs[255])
        print("scan[256] =", hs[256])
        print("scan[2999] =", hs[N - 1])
    print("checksum =", checksum)

# CHECK: prefix_sum: ok
# CHECK: scan[0] = 0.0
# CHECK: scan[255] = 510.0
# CHECK: scan[256] = 511.0
# CHECK: scan[2999] = 6000.0
# CHECK: checksum = 8997000
