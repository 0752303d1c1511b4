# Warp-level reductions.
# Kernel 1: manual shuffle_down tree per warp, warp totals combined through
#           shared memory by the first warp, one partial sum per block.
# Kernel 2: the library warp.sum / warp.max helpers, per block sum and max.
from max.gpu import thread_idx, block_idx, barrier, lane_id, warp_id, WARP_SIZE
from max.gpu.host import DeviceContext
from max.gpu.primitives import warp
from max.gpu.primitives.warp import shuffle_down
from std.math import ceildiv
from std.memory import stack_allocation, AddressSpace

comptime N = 10000
comptime BLOCK = 128


def warp_shuffle_sum(v: Float32) -> Float32:
    var acc = v
    var offset = WARP_SIZE // 2
    while offset > 0:
        acc += shuffle_down(acc, UInt32(offset))
        offset //= 2
    return acc


def shuffle_reduce_kernel(
    inp: Pointer[Float32, ImmutAnyOrigin],
    partial: Pointer[Float32, MutAnyOrigin],
    n: Int32,
):
    comptime num_warps = BLOCK // WARP_SIZE
    var warp_sums = stack_allocation[
        num_warps, DType.float32, address_space=AddressSpace.SHARED
    ]()
    var i = block_idx.x * BLOCK + thread_idx.x
    var v: Float32 = 0.0
    if i < Int(n):
        v = inp[unsafe_offset=i]
    var s = warp_shuffle_sum(v)
    if lane_id() == 0:
        warp_sums[unsafe_offset=warp_id()] = s
    barrier()
    if warp_id() == 0:
        var w: Float32 = 0.0
        if lane_id() < num_warps:
            w = warp_sums[unsafe_offset=lane_id()]
        var total = warp_shuffle_sum(w)
        if lane_id() == 0:
            partial[unsafe_offset=block_idx.x] = total


def warp_lib_kernel(
    inp: Pointer[Float32, ImmutAnyOrigin],
    sums: Pointer[Float32, MutAnyOrigin],
    maxs: Pointer[Float32, MutAnyOrigin],
    n: Int32,
):
    comptime num_warps = BLOCK // WARP_SIZE
    var sh_sum = stack_allocation[
        num_warps, DType.float32, address_space=AddressSpace.SHARED
    ]()
    var sh_max = stack_allocation[
        num_warps, DType.float32, address_space=AddressSpace.SHARED
    ]()
    var i = block_idx.x * BLOCK + thread_idx.x
    var v: Float32 = 0.0
    if i < Int(n):
        v = inp[unsafe_offset=i]
    # All inputs are >= 0, so 0 is a neutral element for max here.
    var s = warp.sum(v)
    var m = warp.max(v)
    if lane_id() == 0:
        sh_sum[unsafe_offset=warp_id()] = s
        sh_max[unsafe_offset=warp_id()] = m
    barrier()
    if thread_idx.x == 0:
        var bs: Float32 = 0.0
        var bm: Float32 = 0.0
        for w in range(num_warps):
            bs += sh_sum[unsafe_offset=w]
            bm = max(bm, sh_max[unsafe_offset=w])
        sums[unsafe_offset=block_idx.x] = bs
        maxs[unsafe_offset=block_idx.x] = bm


def value(i: Int) -> Int:
    return (i * 7 + i // 5) % 23


def main() raises:
    var ctx = DeviceContext()
    comptime num_blocks = ceildiv(N, BLOCK)
    var data = ctx.enqueue_create_buffer[DType.float32](N)
    var partial = ctx.enqueue_create_buffer[DType.float32](num_blocks)
    var sums = ctx.enqueue_create_buffer[DType.float32](num_blocks)
    var maxs = ctx.enqueue_create_buffer[DType.float32](num_blocks)

    with data.map_to_host() as h:
        for i in range(N):
            h[i] = Float32(value(i))

    ctx.enqueue_function[shuffle_reduce_kernel](
        data, partial, Int32(N), grid_dim=num_blocks, block_dim=BLOCK
    )
    ctx.enqueue_function[warp_lib_kernel](
        data, sums, maxs, Int32(N), grid_dim=num_blocks, block_dim=BLOCK
    )
    ctx.synchronize()

    var total = 0
    var max_checksum = 0
    with partial.map_to_host() as hp, sums.map_to_host() as hs, maxs.map_to_host() as hm:
        for blk in range(num_blocks):
            var exp_sum = 0
            var exp_max = 0
            for i in range(blk * BLOCK, min((blk + 1) * BLOCK, N)):
                exp_sum += value(i)
                exp_max = max(exp_max, value(i))
            if hp[blk] != Float32(exp_sum):
                raise Error("warp_reduce: shuffle sum mismatch at " + String(blk))
            if hs[blk] != Float32(exp_sum):
                raise Error("warp_reduce: warp.sum mismatch at " + String(blk))
            if hm[blk] != Float32(exp_max):
                raise Error("warp_reduce: warp.max mismatch at " + String(blk))
            total += Int(hp[blk])
            max_checksum += Int(hm[blk])
        print("warp_reduce: ok")
        print("partial[0] =", hp[0])
        print("partial[78] =", hp[num_blocks - 1])
        print("max[78] =", hm[num_blocks - 1])
    print("total =", total)
    print("max_checksum =", max_checksum)

# CHECK: warp_reduce: ok
# CHECK: partial[0] = 1408.0
# CHECK: partial[78] = 186.0
# CHECK: max[78] = 22.0
# CHECK: total = 110004
# CHECK: max_checksum = 1738
