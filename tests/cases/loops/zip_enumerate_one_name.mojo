# With one name, `for p in zip(a, b)` binds each tuple of items and `for p in enumerate(xs)` each
# (index, item) tuple (as in Mojo 1.2); the tuple owns copies of the elements.
def main():
    var a: List[Int] = [1, 2]
    var b: List[String] = ["x", "y"]
    for p in zip(a, b):
        print(p[0], p[1])
    # CHECK: 1 x
    # CHECK: 2 y
    for p in enumerate(b):
        print(p[0], p[1])
    # CHECK: 0 x
    # CHECK: 1 y
    var c: List[Float64] = [0.5, 1.5, 2.5]
    for t in zip(a, b, c):
        print(t[2], t[1], t[0])
    # CHECK: 0.5 x 1
    # CHECK: 1.5 y 2
    print(b)
    # CHECK: [x, y]
