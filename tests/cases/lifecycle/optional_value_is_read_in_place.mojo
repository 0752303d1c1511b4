# `opt.value()` is the Optional's value itself (a reference), not a copy: reading a field of it
# destroys nothing, and the value is destroyed once, with the Optional.
struct D(Movable):
    var s: String

    def __init__(out self, s: String):
        self.s = s

    def __deinit__(deinit self):
        print("~" + self.s)


def main():
    var opt = Optional[D](D("a"))
    print("value", opt.value().s)
    print("end")

# The expected output, checked against Mojo 1.2:
# CHECK: value a
# CHECK: ~a
# CHECK: end
