# Pointer(to=xs[i]): a pointer to an element of a List; writes through it change the list.
@fieldwise_init
struct P(Copyable, Writable):
    var x: Int

def main():
    var xs: List[Int] = [1, 2, 3]
    var p = Pointer(to=xs[1])
    p[] += 40
    print(xs, p[])
    var ps: List[P] = [P(1), P(2)]
    var q = Pointer(to=ps[0])
    q[].x = 9
    print(ps[0].x)
    var names: List[String] = ["a", "b"]
    var r = Pointer(to=names[1])
    r[] = "z"
    print(names)

# The expected output, checked against Mojo 1.2:
# CHECK: [1, 42, 3] 42
# CHECK: 9
# CHECK: [a, z]
