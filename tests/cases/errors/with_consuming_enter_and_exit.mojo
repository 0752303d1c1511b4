# A context manager whose `__enter__` consumes it (`var self`) has nothing left to call `__exit__`
# on: Mojo 1.2 rejects having both.
struct Indent:
    var level: Int

    def __init__(out self, level: Int):
        self.level = level

    def __enter__(var self) -> Self:
        return self^

    def __exit__(self):
        print("exit")


def main():
    with Indent(1) as i:  # error[E0301]: defines a consuming __enter__ method as well as an __exit__ method
        print(i.level)
