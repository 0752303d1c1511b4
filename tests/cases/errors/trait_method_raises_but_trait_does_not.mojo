# A method that raises does not implement a trait method that does not (Mojo 1.2:
# "does not implement all requirements").
trait Runner:
    def run(self) -> Int:
        ...


@fieldwise_init
struct R(Runner):  # error[E0316]: 'R' does not implement all requirements for 'Runner'
    var x: Int

    def run(self) raises -> Int:
        return self.x


def main() raises:
    print(R(1).run())
