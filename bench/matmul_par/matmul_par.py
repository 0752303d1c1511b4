# Matrix multiply (the same inputs and checksum as matmul_par.mojo), i-k-j in pure Python; run
# with a small n (the benchmark scales its time by the cube).
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 64
a = [[float((i + 2 * j) % 5 - 1) for j in range(n)] for i in range(n)]
b = [[float((i * j + 1) % 4 - 1) for j in range(n)] for i in range(n)]
c = [[0.0] * n for _ in range(n)]
for i in range(n):
    ci = c[i]
    for k in range(n):
        aik = a[i][k]
        bk = b[k]
        for j in range(n):
            ci[j] += aik * bk[j]
print(sum(int(x) * ((i * n + j) % 7 + 1) for i, row in enumerate(c) for j, x in enumerate(row)))
