# Sum reduction: each block reduces its slice in shared memory with a tree of
# barriers, writing one partial sum per block; a second launch (one block)
# reduces the partial sums.
from max.gpu import thread_idx, block_idx, block_dim, barrier
from max.gpu.host import DeviceContext
from std.math import ceildiv
from std.memory import stack_allocation, AddressSpace

comptime N = 50000
comptime BLOCK = 256


def block_sum_kernel(
    inp: Pointer[Float32, ImmutAnyOrigin],
    dst: Pointer[Float32, MutAnyOrigin],
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

    var stride = BLOCK // 2
    while stride > 0:
        if tid < stride:
            sh[unsafe_offset=tid] = sh[unsafe_offset=tid] + sh[unsafe_offset=tid + stride]
        barrier()
        stride //= 2

    if tid == 0:
        dst[unsafe_offset=block_idx.x] = sh[unsafe_offset=0]


def main() raises:
    var ctx = DeviceContext()
    comptime num_blocks = ceildiv(N, BLOCK)
    var data = ctx.enqueue_create_buffer[DType.float32](N)
    var partial = ctx.enqueue_create_buffer[DType.float32](num_blocks)
    var total = ctx.enqueue_create_buffer[DType.float32](1)

    with data.map_to_host() as h:
        for i in range(N):
            h[i] = Float32(i % 13)

    ctx.enqueue_function[block_sum_kernel](
        data, partial, Int32(N), grid_dim=num_blocks, block_dim=BLOCK
    )
    # num_blocks (196) <= BLOCK, so one block finishes the job.
    ctx.enqueue_function[block_sum_kernel](
        partial, total, Int32(num_blocks), grid_dim=1, block_dim=BLOCK
    )
    ctx.synchronize()

    var expected_total = 0
    for i in range(N):
        expected_total += i % 13

    with partial.map_to_host() as hp:
        for blk in range(num_blocks):
            var exp_blk = 0
            for i in range(blk * BLOCK, min((blk + 1) * BLOCK, N)):
                exp_blk += i % 13
            if hp[blk] != Float32(exp_blk):
                raise Error("block_reduce: partial mismatch at " + String(blk))
        print("block_reduce: ok")
        print("blocks =", num_blocks)
        print("partial[0] =", hp[0])
        print("partial[195] =", hp[num_blocks - 1])
    with total.map_to_host() as ht:
        if ht[0] != Float32(expected_total):
            raise Error("block_reduce: total mismatch")
        print("total =", ht[0])
        print("total_int =", Int(ht[0]))

# CHECK: block_reduce: ok
# CHECK: blocks = 196
# CHECK: partial[0] = 1518.0
# CHECK: partial[195] = 469.0
# CHECK: total = 299989.0
# CHECK: total_int = 299989
