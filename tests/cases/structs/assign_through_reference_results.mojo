# A call whose result is a reference to an element in memory (`opt.value()`, a method
# `-> ref [...] T` returning an element of a collection field) can be assigned to, changed in
# place, and given to a `mut` method: the element itself changes.
@fieldwise_init
struct Conf(Copyable):
    var retries: Int


@fieldwise_init
struct Cell(Copyable):
    var v: Int


struct Board:
    var cells: List[Cell]

    def __init__(out self):
        self.cells = [Cell(1), Cell(2)]

    def at(ref self, i: Int) -> ref [self.cells[0]] Cell:
        return self.cells[i]


def main():
    var c = Optional[Conf](Conf(1))
    c.value().retries += 1
    var o = Optional[Int](5)
    o.value() *= 3
    var l = Optional[List[Int]](List[Int]())
    l.value().append(7)
    print(c.value().retries, o.value(), l.value())
    var b = Board()
    b.at(0).v += 10
    b.at(1).v = 7
    print(b.cells[0].v, b.cells[1].v)
    b.at(0) = Cell(5)
    print(b.cells[0].v)

# The expected output, checked against Mojo 1.2:
# CHECK: 2 15 [7]
# CHECK: 11 7
# CHECK: 5
