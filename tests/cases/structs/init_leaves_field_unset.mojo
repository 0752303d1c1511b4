# An initializer must set every field on every path to its returns (Mojo 1.2 rejects it).
struct P:
    var x: Int
    var name: String

    def __init__(out self, x: Int):  # error[E0306]: 'self.name' is uninitialized at the implicit return
        self.x = x

struct Q:
    var a: Int
    var b: Int

    def __init__(out self, a: Int):
        self.a = a
        if a > 0:
            self.b = 1
            return
        if a < -5:
            return  # error[E0306]: 'self.b' is uninitialized at this return
        self.b = 0

def main():
    pass
