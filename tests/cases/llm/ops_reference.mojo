# llm.ops: rmsnorm, softmax, silu, matvec (reference and parallel SIMD) and argmax. The expected values are
# numpy's in float32 (x 1e4, rounded): e.g. rmsnorm([1, 2, 3, 4], [1, 1, 2, 0.5], 1e-5).
from llm.ops import rmsnorm, softmax, silu, matvec, matvec_parallel, argmax


def show(v: List[Float32]):
    var line = String("")
    for x in v:
        if line.byte_length() > 0:
            line += " "
        line += String(Int(round(Float64(x) * 10000)))
    print(line)


def main() raises:
    var x: List[Float32] = [1, 2, 3, 4]
    show(rmsnorm(x, [1, 1, 2, 0.5], 1e-5))
    # CHECK: 3651 7303 21909 7303
    var s: List[Float32] = [1, 2, 3, 4]
    softmax(s)
    show(s)
    # CHECK: 321 871 2369 6439
    print(Int(round(Float64(silu(1.5)) * 10000)), Int(round(Float64(silu(-2.0)) * 10000)))
    # CHECK: 12264 -2384
    show(matvec([1, 0, -1, 2, 0.5, 0.5, 0.5, 0.5], x, 2))
    # CHECK: 60000 50000
    print(argmax([0.5, 3, -1, 3]), argmax(List[Float32]()))
    # CHECK: 1 -1
    try:
        _ = matvec([1, 2, 3], x, 2)
    except e:
        print(e)
    # CHECK: matvec: a 2x4 matrix needs 8 values, not 3
    check_parallel()
    # CHECK: True 52.0


# (Run by main: the parallel SIMD matvec equals the reference where every sum is exact.)
def check_parallel() raises:
    var rows = 37
    var cols = 203
    var w = List[Float32](capacity=rows * cols)
    for r in range(rows):
        for c in range(cols):
            w.append(Float32((r * 7 + c * 3) % 11 - 5))
    var x = List[Float32](capacity=cols)
    for c in range(cols):
        x.append(Float32(c % 5 - 2))
    var a = matvec(w, x, rows)
    var b = matvec_parallel(w, x, rows)
    var same = len(a) == len(b)
    var total: Float32 = 0
    for i in range(len(a)):
        same = same and a[i] == b[i]
        total += a[i]
    print(same, total)
