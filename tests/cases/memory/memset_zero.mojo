# unsafe_memset_zero(ptr, count) zeroes count values (std.memory, as in Mojo 1.2).
from std.memory import unsafe_memcpy, unsafe_memset, unsafe_memset_zero

def main():
    var p = alloc[Int](4)
    var q = alloc[Int](4)
    for i in range(4):
        p[i] = i + 1
    unsafe_memcpy(dest=q, src=p, count=4)
    print(q[0], q[3])
    unsafe_memset_zero(q, 4)
    print(q[0], q[3])
    var b = alloc[UInt8](4)
    unsafe_memset(b, 7, 4)
    print(b[0], b[3])
    p.free()
    q.free()
    b.free()
    # CHECK: 1 4
    # CHECK: 0 0
    # CHECK: 7 7
