# A move constructor runs on a transfer even when the type has nothing to destroy.
struct M(Movable):
    var n: Int

    def __init__(out self, n: Int):
        self.n = n

    def __init__(out self, *, deinit move: Self):
        self.n = move.n + 100
        print("moved")


def main():
    var a = M(1)
    var b = a^
    print(b.n)

# The expected output, checked against Mojo 1.2:
# CHECK: moved
# CHECK: 101
