# A conditional expression owns the value of the arm that ran: temporaries move into it, `x^`
# transfers, and it is destroyed after its last use like any other value.
@fieldwise_init
struct Noisy(Copyable, Movable):
    var n: Int

    def __deinit__(deinit self):
        print("del", self.n)


def pick(c: Bool) -> Noisy:
    return Noisy(1) if c else Noisy(2)


def main():
    var c = True
    print((Noisy(30) if c else Noisy(40)).n)
    var b = Noisy(10) if not c else Noisy(20)
    print("b", b.n)
    var p = pick(False)
    print("p", p.n)
    var q = Noisy(5)
    var r = q^ if c else Noisy(6)
    print("r", r.n)
    var s = String("x") if c else String("y")
    print(s)
    var xs: List[Int] = List[Int](capacity=2) if c else List[Int](capacity=3)
    xs.append(7)
    print(xs)
    print("end")
    # CHECK: 30
    # CHECK: del 30
    # CHECK: b 20
    # CHECK: del 20
    # CHECK: p 2
    # CHECK: del 2
    # CHECK: r 5
    # CHECK: del 5
    # CHECK: x
    # CHECK: [7]
    # CHECK: end
