# Choosing a variable in a conditional expression copies it, so it must be ImplicitlyCopyable.
@fieldwise_init
struct Noisy(Copyable, Movable):
    var n: Int

    def __deinit__(deinit self):
        print("del", self.n)


def main():
    var c = True
    var q = Noisy(5)
    var r = q if c else Noisy(6)  # error[E0317]: value of type 'Noisy' cannot be implicitly copied
    print(r.n, q.n)
