# llm.ops: rmsnorm, softmax, silu, matvec and argmax on small vectors. The expected values are
# numpy's in float32 (x 1e4, rounded): e.g. rmsnorm([1, 2, 3, 4], [1, 1, 2, 0.5], 1e-5).
from llm.ops import rmsnorm, softmax, silu, matvec, argmax


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
