# enumerate(zip(...)): the index and the tuple of the items, unpacked by a nested target or bound whole.
def main():
    var a: List[Int] = [1, 2]
    var b: List[String] = ["x", "y"]
    for t in enumerate(zip(a, b)):
        print(t[0], t[1][0], t[1][1])
    var words: List[String] = ["p", "q"]
    for i, (w, n) in enumerate(zip(words, a)):
        print(i, w + String(n))
# CHECK: 0 1 x
# CHECK: 1 2 y
# CHECK: 0 p1
# CHECK: 1 q2
