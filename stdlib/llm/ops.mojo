"""The model's operations on `Float32` vectors. The reference versions are plain loops that compute
each value as the formula says. The fast versions (`matvec_parallel`: SIMD along a row, the rows
spread over the cores) are checked against them."""
from std.math import exp, sqrt
from max.algorithm import parallelize
from std.sys import simd_width_of

comptime _W = simd_width_of[DType.float32]()


def rmsnorm(x: List[Float32], weight: List[Float32], eps: Float32) raises -> List[Float32]:
    """`x / sqrt(mean(x²) + eps) * weight`, element by element."""
    if len(weight) != len(x):
        raise Error("rmsnorm: " + String(len(x)) + " values but " + String(len(weight)) + " weights")
    var ss: Float32 = 0
    for v in x:
        ss += v * v
    var scale = 1 / sqrt(ss / Float32(len(x)) + eps)
    var out = List[Float32](capacity=len(x))
    for i in range(len(x)):
        out.append(x[i] * scale * weight[i])
    return out^


def softmax(mut x: List[Float32]):
    """`exp(x - max(x))`, normalised to sum to 1, in place."""
    if len(x) == 0:
        return
    var m = x[0]
    for v in x:
        m = max(m, v)
    var total: Float32 = 0
    for i in range(len(x)):
        x[i] = exp(x[i] - m)
        total += x[i]
    for i in range(len(x)):
        x[i] /= total


def silu(x: Float32) -> Float32:
    """`x * sigmoid(x)`."""
    return x / (1 + exp(-x))


def matvec(w: List[Float32], x: List[Float32], rows: Int) raises -> List[Float32]:
    """`W @ x` for `W` of `rows` rows stored row after row (GGUF's order: a row is the innermost
    dimension)."""
    var cols = len(x)
    if rows * cols != len(w):
        raise Error(
            "matvec: a " + String(rows) + "x" + String(cols) + " matrix needs " + String(rows * cols)
            + " values, not " + String(len(w))
        )
    var out = List[Float32](capacity=rows)
    for r in range(rows):
        var acc: Float32 = 0
        for c in range(cols):
            acc += w[r * cols + c] * x[c]
        out.append(acc)
    return out^


def matvec_parallel(w: List[Float32], x: List[Float32], rows: Int) raises -> List[Float32]:
    """`matvec`, with each row's dot product in SIMD vectors of the host's width and the rows
    spread over the cores (`parallelize`). Sums are taken in another order than `matvec`'s, so
    results may differ in the last bits, except where every sum is exact."""
    var cols = len(x)
    if rows * cols != len(w):
        raise Error(
            "matvec: a " + String(rows) + "x" + String(cols) + " matrix needs " + String(rows * cols)
            + " values, not " + String(len(w))
        )
    var out = List[Float32](length=rows, fill=0)
    var wp = w.unsafe_ptr()
    var xp = x.unsafe_ptr()
    var op = out.unsafe_ptr()

    def row(r: Int) {imm wp, imm xp, imm op, imm cols}:
        var acc = SIMD[DType.float32, _W](0)
        var c = 0
        while c + _W <= cols:
            acc += wp.load[width=_W](r * cols + c) * xp.load[width=_W](c)
            c += _W
        var s = acc.reduce_add()
        while c < cols:
            s += wp[r * cols + c] * xp[c]
            c += 1
        op[r] = s

    parallelize(row, rows)
    return out^


def argmax(x: List[Float32]) -> Int:
    """The index of the largest value (the first of equal ones); -1 for none."""
    var best = -1
    for i in range(len(x)):
        if best < 0 or x[i] > x[best]:
            best = i
    return best
