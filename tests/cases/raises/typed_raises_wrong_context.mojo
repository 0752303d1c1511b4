# An error can only go where its type is accepted: a `try` takes the type of the first error
# raised in it, and a function `raises T` only lets T out. Only a `Writable` error becomes an
# `Error`. (Mojo 1.2 rejects each of these.)
@fieldwise_init
struct E1(Copyable, Writable):
    var code: Int


@fieldwise_init
struct E2(Copyable, Writable):
    var code: Int


@fieldwise_init
struct Silent(Copyable):
    var code: Int


def one() raises E1:
    raise E1(1)


def plain() raises:
    raise Error("plain")


def silent() raises Silent:
    raise Silent(0)


def other() raises E2:
    one()  # error[E0301]: cannot call function that may raise 'E1' in a context that supports an error type of 'E2'


def wrong_value() raises E1:
    raise Error("x")  # error[E0301]: cannot implicitly convert 'Error' value to 'E1'


def as_error() raises:
    silent()  # error[E0301]: cannot call function that may raise 'Silent' in a context that supports an error type of 'Error'


def main():
    try:
        one()
        plain()  # error[E0301]: cannot call function that may raise 'Error' in a context that supports an error type of 'E1'
    except e:
        print(e.code)
