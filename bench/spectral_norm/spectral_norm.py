# Spectral norm, the same computation as spectral_norm.mojo (run with a smaller n: see bench/run.py).
import math
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000


def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v, out):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(i, j) * v[j]
        out[i] = s


def mul_atv(v, out):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(j, i) * v[j]
        out[i] = s


u = [1.0] * n
v = [0.0] * n
tmp = [0.0] * n
for _ in range(10):
    mul_av(u, tmp)
    mul_atv(tmp, v)
    mul_av(v, tmp)
    mul_atv(tmp, u)
vbv = 0.0
vv = 0.0
for i in range(n):
    vbv += u[i] * v[i]
    vv += v[i] * v[i]
print(int(math.sqrt(vbv / vv) * 1e9))
