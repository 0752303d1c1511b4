def main():
    var p = alloc[Int](4)
    for i in range(4):
        p[i] = i * 10
    print(p[2])
    # CHECK: 20
    (p + 1)[] = 99
    print(p[1], (p + 3)[], p[unsafe_offset=0])
    # CHECK: 99 30 0
    p[3] += 5
    print(p[3])
    # CHECK: 35
    p.free()
