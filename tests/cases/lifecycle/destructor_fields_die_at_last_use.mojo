# In a destructor (and any `deinit self` method) each field is destroyed after its last use in
# the body; a field the body never reads is destroyed before its first statement.
struct D(Movable):
    var s: String

    def __init__(out self, s: String):
        self.s = s

    def __deinit__(deinit self):
        print("~" + self.s)


struct Outer(Movable):
    var x: D
    var y: D

    def __init__(out self):
        self.x = D("x")
        self.y = D("y")

    def __deinit__(deinit self):
        print("outer body start")
        print("uses", self.y.s)
        print("outer body end")


struct Two(Movable):
    var a: D
    var b: D

    def __init__(out self, var a: D, var b: D):
        self.a = a^
        self.b = b^

    def into_first(deinit self) -> D:
        print("into_first")
        return self.a^


def main():
    var o = Outer()
    print("made")
    var u = Two(D("c"), D("d"))
    var c = u^.into_first()
    print("got", c.s)
    print("end")

# The expected output, checked against Mojo 1.2:
# CHECK: ~x
# CHECK: outer body start
# CHECK: uses y
# CHECK: ~y
# CHECK: outer body end
# CHECK: made
# CHECK: ~d
# CHECK: into_first
# CHECK: got c
# CHECK: ~c
# CHECK: end
