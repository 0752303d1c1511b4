# `main` may only raise `Error` (as in Mojo 1.2).
@fieldwise_init
struct E1(Copyable, Writable):
    var code: Int


def main() raises E1:  # error[E0313]: `main` can only raise `Error`
    raise E1(1)
