# A tuple owns its elements: a temporary element lives as long as the tuple and is destroyed
# with it (after the tuple's last use), also when the tuple is passed, reassigned or stored.
@fieldwise_init
struct Noisy(Copyable, Movable):
    var n: Int

    def __deinit__(deinit self):
        print("del", self.n)


def pair() -> Tuple[Noisy, Int]:
    return (Noisy(3), 4)


def show(t: Tuple[Noisy, Int]):
    print("show", t[0].n, t[1])


def main():
    var t = (Noisy(1), 2)
    show(t)
    t = (Noisy(5), 6)
    print("reassigned", t[0].n)
    var u = (t[0].copy(), 7)
    print(u[0].n, u[1])
    var xs = List[Tuple[Noisy, Int]]()
    xs.append((Noisy(8), 9))
    print(len(xs))
    var p = pair()
    print(p[1], p[0].n)
    print("end")
    # CHECK: show 1 2
    # CHECK: del 1
    # CHECK: reassigned 5
    # CHECK: del 5
    # CHECK: 5 7
    # CHECK: del 5
    # CHECK: del 8
    # CHECK: 1
    # CHECK: 4 3
    # CHECK: del 3
    # CHECK: end
