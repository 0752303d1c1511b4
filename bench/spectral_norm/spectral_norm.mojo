# Spectral norm of the infinite matrix A(i, j) = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), by 10
# rounds of the power method on its n x n corner (n = 1000; the same as spectral_norm.rs and
# spectral_norm.py). Prints the norm in units of 1e-9.
from std.math import sqrt
from std.sys import argv


def a(i: Int, j: Int) -> Float64:
    return 1.0 / Float64((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(n: Int, v: List[Float64], mut out: List[Float64]):
    for i in range(n):
        var s = 0.0
        for j in range(n):
            s += a(i, j) * v[j]
        out[i] = s


def mul_atv(n: Int, v: List[Float64], mut out: List[Float64]):
    for i in range(n):
        var s = 0.0
        for j in range(n):
            s += a(j, i) * v[j]
        out[i] = s


def mul_atav(n: Int, v: List[Float64], mut tmp: List[Float64], mut out: List[Float64]):
    mul_av(n, v, tmp)
    mul_atv(n, tmp, out)


def main() raises:
    var args = argv()
    var n = 1000
    if len(args) > 1:
        n = Int(args[1])
    var u = List[Float64](length=n, fill=1.0)
    var v = List[Float64](length=n, fill=0.0)
    var tmp = List[Float64](length=n, fill=0.0)
    for _ in range(10):
        mul_atav(n, u, tmp, v)
        mul_atav(n, v, tmp, u)
    var vbv = 0.0
    var vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    print(Int(sqrt(vbv / vv) * 1e9))
