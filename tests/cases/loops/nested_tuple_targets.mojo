# A `for` target may unpack a nested tuple: `for i, (name, n) in enumerate(pairs)`.
def main():
    var pairs: List[Tuple[String, Int]] = [("x", 1), ("y", 2)]
    for i, (name, n) in enumerate(pairs):
        print(i, name, n)
    for (name, n) in pairs:
        print(name, n)
    var deep: List[Tuple[Int, Tuple[Int, Int]]] = [(1, (2, 3))]
    for a, (b, c) in deep:
        print(a + b + c)

# The expected output, checked against Mojo 1.2:
# CHECK: 0 x 1
# CHECK: 1 y 2
# CHECK: x 1
# CHECK: y 2
# CHECK: 6
