# `reversed(xs)` in a loop (the elements from last to first, read in place), `any`/`all` of a
# list of `Boolable`s, and `swap(a, b)`.
def main():
    var xs: List[Int] = [1, 2, 3]
    for x in reversed(xs):
        print(x, end=" ")
    print(any(xs), all(xs))
    var bs: List[Bool] = [False, True]
    print(any(bs), all(bs), any(List[Int]()), all(List[Int]()))
    var a = 1
    var b = 2
    swap(a, b)
    print(a, b)
    var s: List[String] = ["x", "y"]
    for w in reversed(s):
        print(w)
    var e = List[Int]()
    for v in reversed(e):
        print(v)

# The expected output, checked against Mojo 1.2:
# CHECK: 3 2 1 True True
# CHECK: True False False True
# CHECK: 2 1
# CHECK: y
# CHECK: x
