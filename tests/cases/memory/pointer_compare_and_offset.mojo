from std.memory import UnsafePointer

def sum(p: UnsafePointer[Int], n: Int) -> Int:
    var total = 0
    for i in range(n):
        total += p[i]
    return total

def main():
    var p = alloc[Int](5)
    for i in range(5):
        p[i] = i + 1
    var u = UnsafePointer[Int](p)
    print(u[unsafe_offset=1], u.unsafe_offset(1)[], u == p, u != p, (u + 1) == p)
    # CHECK: 2 2 True False False
    print(sum(p, 5), sum(p + 2, 3))
    # CHECK: 15 12
    var null = UnsafePointer[Int]()
    if not null:
        print("null is false")
    # CHECK: null is false
    p.free()
