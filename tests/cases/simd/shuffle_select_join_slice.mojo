# Lane rearrangement: shuffles of one and two vectors, select, join and slices.
def main():
    var a = SIMD[DType.int32, 4](10, 20, 30, 40)
    var b = SIMD[DType.int32, 4](-1, -2, -3, -4)
    print(a.shuffle[0, 0, 3, 3](), a.shuffle[0, 4, 1, 5](b), a.shuffle[7, 6, 5, 4](b))
    # CHECK: [10, 10, 40, 40] [10, -1, 20, -2] [-4, -3, -2, -1]
    var j = a.join(b)
    print(j, j.slice[2, offset=3](), j.slice[4, offset=2]())
    # CHECK: [10, 20, 30, 40, -1, -2, -3, -4] [40, -1] [30, 40, -1, -2]
    print(j.shuffle[7, 0, 6, 1, 5, 2, 4, 3](), j.shuffle[0, 8, 1, 9, 2, 10, 3, 11](j * 100))
    # CHECK: [-4, 10, -3, 20, -2, 30, -1, 40] [10, 1000, 20, 2000, 30, 3000, 40, 4000]
    var m = SIMD[DType.bool, 4](True, False, False, True)
    print(m.select(a, b), (~m).select(a, b), a.gt(15).select(b, a))
    # CHECK: [10, -2, -3, 40] [-1, 20, 30, -4] [10, -2, -3, -4]
    var f = SIMD[DType.float16, 4](1.5, 2.5, 3.5, 4.5)
    print(f.shuffle[3, 1, 2, 0](), f.join(f).slice[4, offset=2]())
    # CHECK: [4.5, 2.5, 3.5, 1.5] [3.5, 4.5, 1.5, 2.5]
    var w = j.join(j)
    print(w.slice[4, offset=12](), w.reduce_add())
    # CHECK: [-1, -2, -3, -4] 180
