def main():
    var nested: List[List[Int]] = [[1, 2], [3]]
    nested[1].append(4)
    print(nested, len(nested[0]))
    # CHECK: [[1, 2], [3, 4]] 2
    var f = List[Int](length=3, fill=7)
    f.reverse()
    f.insert(0, 1)
    print(f, f.count(7))
    # CHECK: [1, 7, 7, 7] 3
    var g: List[Int] = [5, 6]
    f.extend(g.copy())
    print(f, f.pop(0), f)
    # CHECK: [7, 7, 7, 5, 6] 1 [7, 7, 7, 5, 6]
    var fl = [1.5, 2.5]
    print(fl[0])
    # CHECK: 1.5
