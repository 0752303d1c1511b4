# A method that does not raise implements a trait method that may (checked with Mojo 1.2).
trait Loader:
    def load(self) raises -> Int:
        ...


@fieldwise_init
struct Fixed(Loader):
    var n: Int

    def load(self) -> Int:
        return self.n


def total[T: Loader](x: T) raises -> Int:
    return x.load() + 1


def main() raises:
    print(total(Fixed(41)))
# CHECK: 42
