# Unpacking a tuple copies its elements out, so an element that is not ImplicitlyCopyable is
# rejected (Mojo 1.2 reports it at the target; we report it at the value).
@fieldwise_init
struct Noisy(Copyable, Movable):
    var n: Int

    def __deinit__(deinit self):
        print("del", self.n)


def pair() -> Tuple[Noisy, Int]:
    return (Noisy(3), 4)


def main():
    var a, b = pair()  # error[E0317]: value of type 'Noisy' cannot be implicitly copied
    print(a.n, b)
    var x: Noisy
    var y: Int
    x, y = pair()  # error[E0317]: value of type 'Noisy' cannot be implicitly copied
    print(x.n, y)
    print("end")
