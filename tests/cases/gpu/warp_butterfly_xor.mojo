# PTX: shfl.sync.bfly.b32
# A hand-written butterfly all-reduce with `shuffle_xor` over run-time offsets 16, 8, 4, 2, 1 on
# width-1 SIMD values (Int32 sum, Float32 max, UInt32 xor-fold): every lane ends with the same
# result, equal to `warp.sum`.
from max.gpu import thread_idx, lane_id, warp_id
from max.gpu.host import DeviceContext
from max.gpu.primitives import warp
from max.gpu.primitives.warp import shuffle_xor


def butterfly(out_: UnsafePointer[Int32, MutAnyOrigin], fout: UnsafePointer[Float32, MutAnyOrigin], uout: UnsafePointer[UInt32, MutAnyOrigin]):
    var t = thread_idx.x
    var s = SIMD[DType.int32, 1](Int32((t * 37) % 101 - 50))
    var m = SIMD[DType.float32, 1](Float32((t * 13) % 29) - 3.5)
    var x = SIMD[DType.uint32, 1](UInt32(t) * 2654435761)
    var off = 16
    while off > 0:
        s += shuffle_xor(s, UInt32(off))
        m = max(m, shuffle_xor(m, UInt32(off)))
        x ^= shuffle_xor(x, UInt32(off))
        off //= 2
    var ref_sum = warp.sum(Int32((t * 37) % 101 - 50))
    out_[t * 2] = s[0]
    out_[t * 2 + 1] = Int32(1) if s[0] == ref_sum else Int32(0)
    fout[t] = m[0]
    uout[t] = x[0]


def main() raises:
    var ctx = DeviceContext()
    var out_ = ctx.enqueue_create_buffer[DType.int32](128)
    var fout = ctx.enqueue_create_buffer[DType.float32](64)
    var uout = ctx.enqueue_create_buffer[DType.uint32](64)
    ctx.enqueue_function[butterfly](out_, fout, uout, grid_dim=1, block_dim=64)
    with out_.map_to_host() as h, fout.map_to_host() as f, uout.map_to_host() as u:
        for w in range(2):
            var same = True
            var agree = True
            for l in range(32):
                var t = w * 32 + l
                same = same and h[t * 2] == h[w * 64] and f[t] == f[w * 32] and u[t] == u[w * 32]
                agree = agree and h[t * 2 + 1] == 1
            print(w, h[w * 64], f[w * 32], u[w * 32], same, agree)
# CHECK: 0 -14 24.5 1047859968 True True
# CHECK: 1 -1 24.5 1082882816 True True
