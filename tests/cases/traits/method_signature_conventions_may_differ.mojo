# A required method may take its arguments with other conventions than the trait says (a
# read-only `self` for the trait's `mut self`), and overloads are fine when one of them matches
# (checked with Mojo 1.2).
trait Bumper:
    def bump(mut self, x: Int): ...
    def get(self) -> Int: ...

@fieldwise_init
struct C(Copyable, Bumper):
    var k: Int

    def bump(self, x: Int):
        print("bump", self.k + x)

    def get(self) -> Int:
        return self.k

    def get(self, extra: Int) -> Int:
        return self.k + extra

def main():
    var c = C(1)
    c.bump(2)
    print(c.get(), c.get(5))
    # CHECK: bump 3
    # CHECK: 1 6
