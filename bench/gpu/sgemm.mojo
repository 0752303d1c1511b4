# Tiled single-precision matrix multiply on the GPU: C = A @ B for n x n row-major matrices
# (`mojo-like run sgemm.mojo N REPS`, N a multiple of 64). Each block computes a 64 x 64 tile of
# C from 64 x 16 and 16 x 64 tiles of A and B staged in shared memory; each of its 256 threads
# computes a 4 x 4 piece in registers. Prints GFLOP/s and checks sampled entries on the host.
from max.gpu import thread_idx, block_idx, barrier
from max.gpu.host import DeviceContext
from std.memory import stack_allocation, AddressSpace
from std.sys import argv
from std.time import perf_counter_ns

comptime BM = 64
comptime BN = 64
comptime BK = 16
comptime F4 = SIMD[DType.float32, 4]


def sgemm(c: UnsafePointer[Float32, MutAnyOrigin], a: UnsafePointer[Float32, MutAnyOrigin], b: UnsafePointer[Float32, MutAnyOrigin], n32: Int32):
    var a_s = stack_allocation[BK * BM, DType.float32, address_space=AddressSpace.SHARED]()
    var b_s = stack_allocation[BK * BN, DType.float32, address_space=AddressSpace.SHARED]()
    var n = Int(n32)
    var t = thread_idx.x
    var tx = t % 16
    var ty = t // 16
    var row0 = block_idx.y * BM
    var col0 = block_idx.x * BN
    var acc0 = F4(0)
    var acc1 = F4(0)
    var acc2 = F4(0)
    var acc3 = F4(0)
    for k0 in range(0, n, BK):
        for q in range(4):
            var e = t + 256 * q
            var r = e // BK
            var cc = e % BK
            a_s[cc * BM + r] = a[(row0 + r) * n + k0 + cc]
            var rb = e // BN
            var cb = e % BN
            b_s[rb * BN + cb] = b[(k0 + rb) * n + col0 + cb]
        barrier()
        for k in range(BK):
            var av = a_s.load[width=4, alignment=16](k * BM + ty * 4)
            var bv = b_s.load[width=4, alignment=16](k * BN + tx * 4)
            acc0 += F4(av[0]) * bv
            acc1 += F4(av[1]) * bv
            acc2 += F4(av[2]) * bv
            acc3 += F4(av[3]) * bv
        barrier()
    var base = (row0 + ty * 4) * n + col0 + tx * 4
    c.store[alignment=16](base, acc0)
    c.store[alignment=16](base + n, acc1)
    c.store[alignment=16](base + 2 * n, acc2)
    c.store[alignment=16](base + 3 * n, acc3)


def main() raises:
    var args = argv()
    var n = Int(args[1]) if len(args) > 1 else 64
    var reps = Int(args[2]) if len(args) > 2 else 1
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.float32](n * n)
    var b = ctx.enqueue_create_buffer[DType.float32](n * n)
    var c = ctx.enqueue_create_buffer[DType.float32](n * n)
    with a.map_to_host() as ha, b.map_to_host() as hb:
        for i in range(n * n):
            ha[i] = Float32((i * 7) % 5 - 2)
            hb[i] = Float32((i * 3) % 7 - 3)
    var grid = (n // BN, n // BM)
    ctx.enqueue_function[sgemm](c, a, b, Int32(n), grid_dim=grid, block_dim=256)
    ctx.synchronize()
    var t0 = perf_counter_ns()
    for _ in range(reps):
        ctx.enqueue_function[sgemm](c, a, b, Int32(n), grid_dim=grid, block_dim=256)
    ctx.synchronize()
    var t1 = perf_counter_ns()
    print("sgemm_gflops", 2.0 * Float64(n) * Float64(n) * Float64(n) * Float64(reps) / Float64(max(t1 - t0, 1)))
    # Sampled entries against the host (integer-valued data: exact).
    var ok = True
    with a.map_to_host() as ha, b.map_to_host() as hb, c.map_to_host() as hc:
        for s in range(8):
            var i = (s * 37) % n
            var j = (s * 53 + 11) % n
            var want: Float32 = 0
            for k in range(n):
                want += ha[i * n + k] * hb[k * n + j]
            if hc[i * n + j] != want:
                ok = False
    print("check", "ok" if ok else "WRONG")
