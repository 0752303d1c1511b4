def main():
    var v = SIMD[DType.int32, 4](10, 20, 30, 40)
    print(v.shuffle[1, 2]())  # error[E0302]: takes 4 lane indices, got 2
