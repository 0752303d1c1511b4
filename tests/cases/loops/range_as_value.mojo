# `range(...)` is a value too: it can be kept in a variable, measured with `len`, indexed,
# reversed, and iterated later.
def main():
    var r = range(2, 8, 2)
    for i in r:
        print(i, end=" ")
    print(len(range(10)), len(range(5, 0, -2)), len(range(3, 3)))
    for i in reversed(range(3)):
        print(i, end=" ")
    print()
    var xs = List[Int](range(4))
    print(xs, range(10)[3])

# The expected output, checked against Mojo 1.2:
# CHECK: 2 4 6 10 3 0
# CHECK: 2 1 0 
# CHECK: [0, 1, 2, 3] 3
