# One row of the Mandelbrot set computed with Float32 arithmetic, eight pixels per vector.
def escape_counts(y: Float32, x0: Float32, dx: Float32) -> SIMD[DType.int32, 8]:
    var cx = SIMD[DType.float32, 8]()
    for i in range(8):
        cx[i] = x0 + dx * Float32(i)
    var cy = SIMD[DType.float32, 8](y)
    var zx = SIMD[DType.float32, 8](0)
    var zy = SIMD[DType.float32, 8](0)
    var counts = SIMD[DType.int32, 8](0)
    for _ in range(50):
        var inside = (zx * zx + zy * zy).le(SIMD[DType.float32, 8](4))
        counts = counts + inside.cast[DType.int32]()
        var nzx = zx * zx - zy * zy + cx
        zy = zx * zy * 2 + cy
        zx = nzx
    return counts

def main():
    for row in range(3):
        var y = Float32(row) * Float32(0.375) - Float32(0.75)
        var line = String()
        var c = escape_counts(y, -2.0, 0.3125)
        for i in range(8):
            line += "#" if c[i] == 50 else ("+" if c[i] > 5 else ".")
        print(line, c)
    # CHECK: .....+#+ [1, 3, 3, 3, 4, 6, 50, 6]
    # CHECK: ...++### [1, 3, 5, 8, 8, 50, 50, 50]
    # CHECK: ######## [50, 50, 50, 50, 50, 50, 50, 50]
