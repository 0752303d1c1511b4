# `xs.capacity()` is a method (Mojo 1.2), and `List[T](...)` takes a list literal or a
# comprehension like any other iterable.
def main():
    var xs = List[Int](capacity=10)
    xs.append(1)
    print(len(xs), xs.capacity() >= 10)
    # CHECK: 1 True
    var a = List[Int]([1, 2])
    var b = List[Int]([x * x for x in range(4)])
    a.append(3)
    print(a, b)
    # CHECK: [1, 2, 3] [0, 1, 4, 9]
