# `Array[T, size]`: filled, default (zeroed numbers), indexed, iterated, copied, and built from a
# typed list literal.
def main():
    var a = Array[Int, 3](fill=7)
    a[1] = 5
    print(a[0], a[1], a[2], len(a))
    var s = 0
    for x in a:
        s += x
    print(s)
    var c = a.copy()
    c[0] = 100
    print(a[0], c[0])
    var d: Array[Int, 2] = [8, 9]
    print(d[0] + d[1])
    var e = [1, 2, 3]
    print(len(e))
    var z = Array[Int, 4]()
    print(z[3])
    print(a)

# The expected output, checked against Mojo 1.2:
# CHECK: 7 5 7 3
# CHECK: 19
# CHECK: 7 100
# CHECK: 17
# CHECK: 3
# CHECK: 0
# CHECK: [7, 5, 7]
