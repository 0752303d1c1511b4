# List + (the right side is taken: give a copy or transfer it), +=, insert (0 to len), pop(0),
# slices, the length/fill constructor, ==, !=.
def main() raises:
    var xs: List[Int] = [3, 1, 2]
    var ys: List[Int] = [9]
    var zs = xs + ys.copy()
    print(zs, len(zs))
    zs += [7, 7]
    print(zs)
    xs.insert(0, 10)
    xs.insert(3, 20)
    print(xs, xs.pop(0), xs)
    var s1 = xs[1:]
    print(len(s1), xs[::2], xs[::-1])
    var ws = List[Int](length=3, fill=4)
    print(ws, ws == [4, 4, 4], ws != xs)
    var total = 0
    for i in range(len(xs)):
        total += xs[i] * i
    print(total, min(xs[0], xs[1]), max(3, 7, 5))
    print(xs)

# The expected output, checked against Mojo 1.2:
# CHECK: [3, 1, 2, 9] 4
# CHECK: [3, 1, 2, 9, 7, 7]
# CHECK: [3, 1, 20, 2] 10 [3, 1, 20, 2]
# CHECK: 3 [3, 20] [2, 20, 1, 3]
# CHECK: [4, 4, 4] True True
# CHECK: 47 1 7
# CHECK: [3, 1, 20, 2]
