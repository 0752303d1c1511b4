# An initializer may read the fields it has set, but may not use `self` as a whole (call a method
# on it, pass it) before every field is set (Mojo 1.2: "use of uninitialized value 'self.y'").
struct P:
    var x: Int
    var y: Int

    def __init__(out self):
        self.x = 1
        self.y = self.double_x()  # error[E0306]: use of uninitialized value 'self.y'

    def __init__(out self, v: Int):
        self.x = v
        self.y = self.x + 1
        print(self.total())

    def double_x(self) -> Int:
        return self.x * 2

    def total(self) -> Int:
        return self.x + self.y

def main():
    print(P().y, P(3).y)
