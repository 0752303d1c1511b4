# Assigning a struct's tuple field destroys the old tuple's elements and keeps the new ones.
@fieldwise_init
struct Noisy(Copyable, Movable):
    var n: Int

    def __deinit__(deinit self):
        print("del", self.n)


@fieldwise_init
struct Holder(Movable):
    var t: Tuple[Noisy, Int]


def main():
    var h = Holder((Noisy(1), 2))
    h.t = (Noisy(3), 4)
    print(h.t[0].n)
    print("end")
    # CHECK: del 1
    # CHECK: 3
    # CHECK: del 3
    # CHECK: end
