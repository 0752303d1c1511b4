@fieldwise_init
struct P(Copyable, Writable):
    var x: Int

    def __eq__(self, other: P) -> Bool:
        return self.x == other.x


def main():
    print(P(1) != P(2))  # error[E0305]: does not implement the '__ne__' method
