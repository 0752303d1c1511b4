# A trait the program declares with a built-in trait's name (`Sized`) is the one checked.
trait Sized:
    def measure(self) -> Int: ...

struct Rope(Sized):  # error[E0316]: does not implement method 'measure'
    var n: Int

def main():
    pass
