# std.memory's ArcPointer (shared: copies count owners, the last one destroys the value) and
# OwnedPointer (one owner), checked with Mojo 1.2.
from std.memory import ArcPointer, OwnedPointer

struct Res(Movable):
    var name: String
    def __init__(out self, name: String):
        self.name = name
    def __deinit__(deinit self):
        print("drop", self.name)

def use(p: ArcPointer[Res]) -> String:
    return p[].name

def main():
    var a = ArcPointer(Res("shared"))
    var b = a
    print(use(b), a.count())
    _ = a^
    print("a gone")
    print(b[].name)
    var o = OwnedPointer(Res("owned"))
    print(o[].name)
    print("end")
    # CHECK: shared 2
    # CHECK: a gone
    # CHECK: shared
    # CHECK: drop shared
    # CHECK: owned
    # CHECK: drop owned
    # CHECK: end
