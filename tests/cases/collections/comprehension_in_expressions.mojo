@fieldwise_init
struct Noisy(Copyable, Movable):
    var n: Int

    def __deinit__(deinit self):
        print("del", self.n)


def make(n: Int) -> Noisy:
    return Noisy(n)


def total(xs: List[Int], k: Int) -> Int:
    var s = 0
    for x in xs:
        s += x
    return s * k


def main():
    var xs = [1, 2, 3, 4]
    print(len([x * 2 for x in xs if x % 2 == 0]))
    for y in [x + 1 for x in xs]:
        print("y", y)
    print(total([x * x for x in xs], make(10).n))
    var words = ["a", "bb", "ccc"]
    print(len({w: w.byte_length() for w in words}))
    print(len({w.byte_length() % 2 for w in words}))
    var i = 0
    while len([x for x in xs if x > i]) > 1:
        i += 1
    print("i", i)
    var flag = False
    if flag and len([x for x in xs]) > 0:
        print("no")
    else:
        print("short-circuit")
    print([[a * b for a in range(3)] for b in range(2)][1][2])
    print(len([make(x).n for x in xs]))
    print("end")
    # CHECK: 2
    # CHECK: y 2
    # CHECK: y 3
    # CHECK: y 4
    # CHECK: y 5
    # CHECK: del 10
    # CHECK: 300
    # CHECK: 3
    # CHECK: 2
    # CHECK: i 3
    # CHECK: short-circuit
    # CHECK: 2
    # CHECK: del 1
    # CHECK: del 2
    # CHECK: del 3
    # CHECK: del 4
    # CHECK: 4
    # CHECK: end
