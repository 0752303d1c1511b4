# A struct that declares a trait requiring `__init__(out self, size: Int)` must define an initializer.
trait Scaled:
    def __init__(out self, size: Int): ...

struct Empty(Scaled):  # error[E0316]: does not implement method '__init__'
    var n: Int

def main():
    pass
