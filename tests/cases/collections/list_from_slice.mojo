# `List[T](xs[a:b])`: a new list of the slice's elements; a named compile-time list drives
# `comptime for`.
comptime SIZES = [1, 2, 4]

def main():
    comptime for s in SIZES:
        print(s)
    var xs: List[Int] = [1, 2, 3, 4]
    var ys = List[Int](xs[1:3])
    ys.append(9)
    print(len(ys), ys[0], ys[2], len(xs))
    var words: List[String] = ["a", "b", "c"]
    var tail = List[String](words[1:])
    print(tail)
# CHECK: 1
# CHECK: 2
# CHECK: 4
# CHECK: 3 2 9 4
# CHECK: [b, c]
