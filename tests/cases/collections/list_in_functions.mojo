def squares(n: Int) -> List[Int]:
    var out = List[Int]()
    for i in range(n):
        out.append(i * i)
    return out^

def total(xs: List[Int]) -> Int:
    var s = 0
    for x in xs:
        s += x
    return s

def double_all(mut xs: List[Int]):
    for i in range(len(xs)):
        xs[i] *= 2

def main():
    print(squares(5), total(squares(4)))
    # CHECK: [0, 1, 4, 9, 16] 14
    var v = squares(3)
    double_all(v)
    print(v)
    # CHECK: [0, 2, 8]
