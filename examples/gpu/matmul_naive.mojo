# Naive matrix multiply: C[M,N] = A[M,K] @ B[K,N], one thread per output.
from max.gpu import thread_idx, block_idx, block_dim
from max.gpu.host import DeviceContext
from std.math import ceildiv

comptime M = 70
comptime K = 50
comptime N = 60
comptime BS = 16


def matmul_kernel(
    a: Pointer[Float32, ImmutAnyOrigin],
    b: Pointer[Float32, ImmutAnyOrigin],
    c: Pointer[Float32, MutAnyOrigin],
    m: Int32,
    k: Int32,
    n: Int32,
):
    var row = block_idx.y * block_dim.y + thread_idx.y
    var col = block_idx.x * block_dim.x + thread_idx.x
    if row < Int(m) and col < Int(n):
        var acc: Float32 = 0.0
        for i in range(Int(k)):
            acc += a[unsafe_offset=row * Int(k) + i] * b[unsafe_offset=i * Int(n) + col]
        c[unsafe_offset=row * Int(n) + col] = acc


def a_val(i: Int, j: Int) -> Float32:
    return Float32((i + 2 * j) % 7) - 3.0


def b_val(i: Int, j: Int) -> Float32:
    return Float32((3 * i + j) % 5) - 2.0


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.float32](M * K)
    var b = ctx.enqueue_create_buffer[DType.float32](K * N)
    var c = ctx.enqueue_create_buffer[DType.float32](M * N)

    with a.map_to_host() as ha:
        for i in range(M):
            for j in range(K):
                ha[i * K + j] = a_val(i, j)
    with b.map_to_host() as hb:
        for i in range(K):
            for j in range(N):
                hb[i * N + j] = b_val(i, j)

    ctx.enqueue_function[matmul_kernel](
        a,
        b,
        c,
        Int32(M),
        Int32(K),
        Int32(N),
        grid_dim=(ceildiv(N, BS), ceildiv(M, BS)),
        block_dim=(BS, BS),
    )
    ctx.synchronize()

    var checksum = 0
    with c.map_to_host() as hc:
        for i in range(M):
            for j in range(N):
                var expected = 0
                for p in range(K):
                    expected += Int(a_val(i, p)) * Int(b_val(p, j))
                var got = hc[i * N + j]
                if got != Float32(expected):
                    raise Error(
                        "matmul_naive: mismatch at "
                        + String(i)
                        + ","
                        + String(j)
                    )
                checksum += Int(got) * (i + 1) + j
        print("matmul_naive: ok")
        print("C[0][0] =", hc[0])
        print("C[69][59] =", hc[M * N - 1])
        print("C[13][41] =", hc[13 * N + 41])
    print("checksum =", checksum)

# CHECK: matmul_naive: ok
# CHECK: C[0][0] = 9.0
# CHECK: C[69][59] = 5.0
# CHECK: C[13][41] = -14.0
# CHECK: checksum = 123900
