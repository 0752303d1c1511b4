# insert at both ends and in the middle, pop by index, extend, reverse, clear.
def main() raises:
    var xs: List[Int] = [10, 20, 30]
    xs.insert(0, 5)
    xs.insert(2, 15)
    xs.insert(len(xs), 40)
    print(xs, len(xs))
    print(xs.pop(1), xs.pop(), xs.pop(0), xs)
    var more: List[Int] = [50, 60]
    xs.extend(more^)
    xs.reverse()
    print(xs, xs.index(20), xs.count(60), 60 in xs, 7 in xs)
    var ys = xs.copy()
    xs.clear()
    print(xs, len(xs), ys)
    xs.append(1)
    print(xs, Bool(xs), Bool(List[Int]()))
    # CHECK: [5, 10, 15, 20, 30, 40] 6
    # CHECK: 10 40 5 [15, 20, 30]
    # CHECK: [60, 50, 30, 20, 15] 3 1 True False
    # CHECK: [] 0 [60, 50, 30, 20, 15]
    # CHECK: [1] True False
