# Scalar Mandelbrot: 800 x 600 points, at most 200 iterations each; prints the total iteration
# count (the same program as mandelbrot.rs and mandelbrot.py).
from std.sys import argv


def main() raises:
    var args = argv()
    var width = 800
    var height = 600
    if len(args) > 1:
        width = Int(args[1])
        height = Int(args[2])
    comptime max_iter = 200
    var total = 0
    for py in range(height):
        var ci = -1.2 + 2.4 * Float64(py) / Float64(height)
        for px in range(width):
            var cr = -2.0 + 3.0 * Float64(px) / Float64(width)
            var zr = 0.0
            var zi = 0.0
            var n = 0
            while n < max_iter and zr * zr + zi * zi <= 4.0:
                var t = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = t
                n += 1
            total += n
    print(total)
