# `a if c else b` of two number literals takes the number type its context wants, as the literals
# would (checked with Mojo 1.2); `String(dtype)` is the dtype's name.
def main():
    var c = True
    var b: UInt8 = 1 if c else 0
    var t: Float32 = 2.0
    var x: Float32 = 1.0 if t > 1.5 else 0.0
    var p = alloc[Float32](1)
    p[] = 3.0 if c else 4.0
    print(b, x, p[])
    # CHECK: 1 1.0 3.0
    p.free()
    var n = 1 if not c else 2
    print(n + 1)
    # CHECK: 3
    comptime dt = DType.float32
    print(String(dt), dt)
    # CHECK: float32 float32
