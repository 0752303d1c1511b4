# `x.copy()` needs the struct to be `Copyable` (a `KeyElement` or `Movable` one is not), as in
# Mojo 1.2: "value has no attribute 'copy'". A `TrivialRegisterPassable` struct copies.
@fieldwise_init
struct Handle(Movable):
    var fd: Int


@fieldwise_init
struct Id(KeyElement):
    var v: Int


@fieldwise_init
struct Tr(TrivialRegisterPassable):
    var v: Int


def main():
    var h = Handle(3)
    var i = Id(4)
    var t = Tr(5)
    print(t.copy().v)
    print(i.copy().v)  # error[E0310]: 'Id' value has no attribute 'copy'
    var h2 = h.copy()  # error[E0310]: 'Handle' value has no attribute 'copy'
    print(h2.fd)
