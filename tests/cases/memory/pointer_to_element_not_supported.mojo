# `Pointer(to=...)` takes a variable, a field of one, or an element of a collection; a
# temporary is not supported yet, and the pointer types have no other constructor taking a value.
def make() -> Int:
    return 3


def main() raises:
    var p = Pointer(to=String("a"))  # error[E0314]: `Pointer(to=...)` of anything but a variable is not supported yet
    var t = Pointer(to=make())  # error[E0314]: not supported yet
    var xs: List[Int] = [1, 2]
    var q = Pointer(xs)  # error[E0302]: 'Pointer' is made with `to=` a variable
    print(len(xs))
