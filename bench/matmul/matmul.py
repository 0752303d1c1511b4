# Naive matrix multiply, i-k-j order, the same computation as matmul.mojo (run with a smaller n:
# see bench/run.py).
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 512
a = [0.0] * (n * n)
b = [0.0] * (n * n)
c = [0.0] * (n * n)
for i in range(n):
    for j in range(n):
        a[i * n + j] = ((i * 7 + j * 3) % 11) * 0.5
        b[i * n + j] = ((i * 5 + j * 13) % 7) * 0.25
for i in range(n):
    for k in range(n):
        aik = a[i * n + k]
        row = k * n
        out = i * n
        for j in range(n):
            c[out + j] += aik * b[row + j]
total = 0.0
for x in c:
    total += x
print(int(total))
