# A Variant owns its value: copying the variant copies it, set[T] destroys the old one, and the
# variant destroys it at its last use (checked with Mojo 1.2).
from std.utils import Variant

struct Res(Copyable, Movable):
    var name: String
    def __init__(out self, name: String):
        self.name = name
        print("make", name)
    def __init__(out self, *, copy: Self):
        self.name = copy.name + "'"
        print("copy", self.name)
    def __deinit__(deinit self):
        print("drop", self.name)

comptime Item = Variant[Int, Res]

def show(v: Item) -> String:
    if v.isa[Int]():
        return "int " + String(v[Int])
    return "res " + v[Res].name

def main():
    var a = Item(Res("a"))
    print(show(a))
    var b = a.copy()
    print(show(b))
    b.set[Int](4)
    print(show(b))
    var xs = List[Item]()
    xs.append(Item(7))
    xs.append(Item(Res("c")))
    for x in xs:
        print(show(x))
    a[Res].name = "renamed"
    print(show(a))
    print("end")
    # CHECK: make a
    # CHECK: res a
    # CHECK: copy a'
    # CHECK: res a'
    # CHECK: drop a'
    # CHECK: int 4
    # CHECK: make c
    # CHECK: int 7
    # CHECK: res c
    # CHECK: drop c
    # CHECK: drop renamed
    # CHECK: res renamed
    # CHECK: end
