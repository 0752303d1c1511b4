def main():
    var f = alloc[Float32](8)
    for i in range(8):
        f[i] = Float32(i)
    print(f.load[width=4](2))
    # CHECK: [2.0, 3.0, 4.0, 5.0]
    f.store(0, SIMD[DType.float32, 4](9))
    print(f.load[width=8]())
    # CHECK: [9.0, 9.0, 9.0, 9.0, 4.0, 5.0, 6.0, 7.0]
    var b = alloc[UInt8](16)
    b.store(SIMD[DType.uint8, 16](255))
    b[3] = 7
    print(b.load[width=4](2), b[15])
    # CHECK: [255, 7, 255, 255] 255
    f.free()
    b.free()
