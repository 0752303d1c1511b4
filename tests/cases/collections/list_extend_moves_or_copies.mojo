# xs.extend(ys^) moves the elements of ys (no copy constructor runs); xs.extend(Span(ys)) copies
# them; extend(ys) of a list variable is an implicit copy (E0317), as in Mojo 1.2.
struct Node(Copyable):
    var v: Int
    def __init__(out self, v: Int):
        self.v = v
    def __init__(out self, *, copy: Self):
        self.v = copy.v
        print("copy", self.v)

def main():
    var src = List[Node]()
    src.append(Node(1))
    src.append(Node(2))
    var dst = List[Node]()
    print("extend with moved list:")
    dst.extend(src^)
    print(len(dst))
    # CHECK: extend with moved list:
    # CHECK: 2
    var a: List[Int] = [1]
    var b: List[Int] = [2, 3]
    a.extend(b.copy())
    a.extend(Span(b))
    a.extend(b[1:])
    print(a, b)
    # CHECK: [1, 2, 3, 2, 3, 3] [2, 3]
