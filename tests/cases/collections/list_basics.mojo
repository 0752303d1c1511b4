def main():
    var xs: List[Int] = [1, 2, 3]
    xs.append(4)
    print(xs, len(xs), xs[len(xs) - 1])
    # CHECK: [1, 2, 3, 4] 4 4
    var ss: List[String] = ["a", "b"]
    print(ss)
    # CHECK: [a, b]
    var text = String()
    for x in xs:
        text.write(x, ";")
    print(text)
    # CHECK: 1;2;3;4;
    var ys = List[Int]()
    ys.append(7)
    print(ys.pop(), len(ys))
    # CHECK: 7 0
    var zs: List[Float64] = [1.5, 2]
    print(zs, 2 in xs, xs.__contains__(9))
    # CHECK: [1.5, 2.0] True False
    var e = List[Int]()
    print(e)
    # CHECK: []
