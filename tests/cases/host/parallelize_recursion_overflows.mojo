# EXIT: 1
# STDERR: error[E0603]: stack overflow
# Runaway recursion through `parallelize` is a stack overflow on both executors.
from max.algorithm import parallelize
from std.memory import alloc

def rec(n: Int, p: UnsafePointer[Int, MutAnyOrigin]):
    if n == 0:
        return
    p[0] += 1
    def body(i: Int) {imm n, imm p}:
        rec(n - 1, p)
    parallelize(body, 1)

def main():
    var p = alloc[Int](1)
    p[0] = 0
    rec(1000000, p)
    print(p[0])
    p.free()
