# ARGS: --legacy
# Older Mojo's `InlineArray[T, size]` is the same type as `Array`, with its variadic constructor.
def main():
    var a = InlineArray[Int, 3](fill=7)
    a[1] = 5
    print(a[0], a[1], a[2], len(a))
    var b = InlineArray[Float64, 4](1.0, 2.0, 3.0, 4.0)
    var s = 0.0
    for x in b:
        s += x
    print(s)
    var c = a.copy()
    c[0] = 100
    print(a[0], c[0])
    var d: InlineArray[Int, 2] = [8, 9]
    print(d[0] + d[1])

# The expected output (the same program with Array, checked against Mojo 1.2, minus the variadic
# constructor that Mojo 1.2 dropped):
# CHECK: 7 5 7 3
# CHECK: 10.0
# CHECK: 7 100
# CHECK: 17
