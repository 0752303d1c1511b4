# `parallelize(body, n)` (Mojo 1.2's `max.algorithm`): every work item runs once, on several
# threads; a parallel body may call `parallelize` again (checked against `mojo run`).
from max.algorithm import parallelize
from std.memory import alloc

def main():
    comptime N = 1000
    var out = alloc[Int](N)
    var scale = 3
    def body(i: Int) {imm out, imm scale}:
        var s = 0
        for k in range(i):
            s += k % 7
        out[i] = s * scale
    parallelize(body, N)
    var total = 0
    for i in range(N):
        total += out[i]
    print(total)
    def inner(i: Int) {imm out}:
        def leaf(j: Int) {imm out, imm i}:
            out[i * 10 + j] = i + j
        parallelize(leaf, 10)
    parallelize(inner, 10, 4)
    var t2 = 0
    for i in range(100):
        t2 += out[i]
    print(t2)
    out.free()
# CHECK: 4483497
# CHECK: 900
