def main():
    var ys: List[Int] = [3, 1, 2]
    sort(ys)
    print(ys)
    # CHECK: [1, 2, 3]
    var ws: List[String] = ["pear", "apple", "fig"]
    sort(ws)
    print(ws)
    # CHECK: [apple, fig, pear]
    var big = List[Int]()
    for i in range(100):
        big.append((i * 37) % 101)
    sort(big)
    print(big[0], big[1], big[99], len(big))
    # CHECK: 0 1 100 100
    var fs: List[Float64] = [2.5, -1.0, 0.5]
    sort(fs)
    print(fs)
    # CHECK: [-1.0, 0.5, 2.5]
