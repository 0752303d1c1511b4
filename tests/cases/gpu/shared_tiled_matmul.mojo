# PTX: bar.sync
# PTX: ld.shared.f32
# A tiled matrix multiply (8x12 times 12x8, tiles of 4x4): two shared tiles are refilled on each
# of the 3 iterations of the k-loop, with a barrier before and after the partial products.
from max.gpu import thread_idx, block_idx, barrier
from max.gpu.host import DeviceContext
from std.memory import stack_allocation, AddressSpace

comptime T = 4
comptime M = 8
comptime K = 12
comptime N = 8


def matmul(a: UnsafePointer[Float32, MutAnyOrigin], b: UnsafePointer[Float32, MutAnyOrigin], c: UnsafePointer[Float32, MutAnyOrigin]):
    var ta = stack_allocation[T * T, DType.float32, address_space=AddressSpace.SHARED]()
    var tb = stack_allocation[T * T, DType.float32, address_space=AddressSpace.SHARED]()
    var tx = thread_idx.x
    var ty = thread_idx.y
    var row = block_idx.y * T + ty
    var col = block_idx.x * T + tx
    var acc: Float32 = 0
    for kt in range(K // T):
        ta[ty * T + tx] = a[row * K + kt * T + tx]
        tb[ty * T + tx] = b[(kt * T + ty) * N + col]
        barrier()
        for i in range(T):
            acc += ta[ty * T + i] * tb[i * T + tx]
        barrier()
    c[row * N + col] = acc


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.float32](M * K)
    var b = ctx.enqueue_create_buffer[DType.float32](K * N)
    var c = ctx.enqueue_create_buffer[DType.float32](M * N)
    with a.map_to_host() as h:
        for i in range(M * K):
            h[i] = Float32((i * 5) % 7 - 3)
    with b.map_to_host() as h:
        for i in range(K * N):
            h[i] = Float32((i * 3) % 11 - 5)
    ctx.enqueue_function[matmul](a, b, c, grid_dim=(N // T, M // T), block_dim=(T, T))
    with c.map_to_host() as h:
        for r in [0, 2, 5, 6]:
            print(h[r * N], h[r * N + 1], h[r * N + 4], h[r * N + 7])
# CHECK: 8.0 -14.0 -3.0 8.0
# CHECK: 17.0 33.0 -7.0 -36.0
# CHECK: -36.0 -19.0 -34.0 17.0
# CHECK: -7.0 29.0 27.0 -19.0
