# Scalar Mandelbrot, the same computation as mandelbrot.mojo (run scaled down: see bench/run.py).
import sys

width, height = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) > 2 else (800, 600)
max_iter = 200
total = 0
for py in range(height):
    ci = -1.2 + 2.4 * py / height
    for px in range(width):
        cr = -2.0 + 3.0 * px / width
        zr = zi = 0.0
        n = 0
        while n < max_iter and zr * zr + zi * zi <= 4.0:
            t = zr * zr - zi * zi + cr
            zi = 2.0 * zr * zi + ci
            zr = t
            n += 1
        total += n
print(total)
