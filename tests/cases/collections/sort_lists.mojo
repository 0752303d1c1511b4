# sort() on lists built at run time, on copies, and inside functions.
def sorted_copy(xs: List[Int]) -> List[Int]:
    var c = xs.copy()
    sort(c)
    return c^

def median(var xs: List[Int]) -> Int:
    sort(xs)
    return xs[len(xs) // 2]

def main():
    var xs: List[Int] = [5, -3, 9, 0, 5, 2, -8]
    var s = sorted_copy(xs)
    print(xs, s)
    print(median(xs.copy()), median([7, 1, 3]))
    var words = "pear fig apple banana cherry fig".split()
    var ws = List[String]()
    for w in words:
        ws.append(String(w))
    sort(ws)
    print(ws)
    ws.reverse()
    print(ws[0], ws[len(ws) - 1])
    var empty = List[Int]()
    sort(empty)
    var one: List[Int] = [1]
    sort(one)
    print(empty, one)
    var desc = List[Int]()
    for i in range(20, 0, -3):
        desc.append(i)
    sort(desc)
    print(desc)
    # CHECK: [5, -3, 9, 0, 5, 2, -8] [-8, -3, 0, 2, 5, 5, 9]
    # CHECK: 2 3
    # CHECK: [apple, banana, cherry, fig, fig, pear]
    # CHECK: pear apple
    # CHECK: [] [1]
    # CHECK: [2, 5, 8, 11, 14, 17, 20]
