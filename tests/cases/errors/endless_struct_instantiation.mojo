# A method that needs a new instance of its own struct each time it is called never ends
# instantiating: reported, not a hang.
struct Chain[n: Int](Copyable):  # error[E0401]: instantiated more than 1000 times
    var v: Int

    def __init__(out self):
        self.v = Self.n

    def deep(self) -> Int:
        return Chain[Self.n + 1]().deep()


def main():
    print(Chain[0]().deep())
