# `xs[a:b]` on a List, an Array or a Span is a Span (a view); with a step, `xs[a:b:s]` is a new
# List, with Python's rules for negative and out-of-range positions. `Span[T, _]` takes any span.
def total(xs: Span[Int, _]) -> Int:
    var s = 0
    for x in xs:
        s += x
    return s


def main():
    var xs: List[Int] = [1, 2, 3, 4, 5]
    print(xs[::2], xs[::-1], xs[4:1:-1], xs[-2::1], xs[1:100:2], xs[::-2], xs[-1:-4:-1])
    print(len(xs[1:4]))
    var sp = xs[1:4]
    print(sp)
    print(len(sp), sp[0], sp[2])
    print(total(sp), total(xs[3:]))
    var inner = sp[1:]
    print(inner)
    for v in xs[1:3]:
        print(v)
    var whole = Span(xs)
    print(whole[4], 3 in whole)
    var arr: Array[Int, 4] = [10, 20, 30, 40]
    print(arr[1:3])
    var names: List[String] = ["ada", "bob", "cy"]
    print(names[1:])

# The expected output, checked against Mojo 1.2:
# CHECK: [1, 3, 5] [5, 4, 3, 2, 1] [5, 4, 3] [4, 5] [2, 4] [5, 3, 1] [5, 4, 3]
# CHECK: 3
# CHECK: [2, 3, 4]
# CHECK: 3 2 4
# CHECK: 9 9
# CHECK: [3, 4]
# CHECK: 2
# CHECK: 3
# CHECK: 5 True
# CHECK: [20, 30]
# CHECK: [bob, cy]
