from std.memory import unsafe_memcpy, unsafe_memset

def main():
    var p = alloc[Int](4)
    for i in range(4):
        p[i] = i * 10
    var q = alloc[Int](4)
    unsafe_memcpy(dest=q, src=p, count=4)
    print(q[0], q[1], q[2], q[3])
    # CHECK: 0 10 20 30
    unsafe_memset(q, 0, 4)
    print(q[3], q[0])
    # CHECK: 0 0
    p.free()
    q.free()
