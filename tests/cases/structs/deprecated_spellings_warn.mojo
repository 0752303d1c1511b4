# STDERR: warning[E0206]: '__del__' is deprecated; use '__deinit__'
# Spellings Mojo 1.2 only deprecates are accepted with Mojo's warning: `__del__` (for
# `__deinit__`) and `@parameter` on a closure (for `@__parameter`).
struct Res:
    var n: Int

    def __init__(out self, n: Int):
        self.n = n

    def __del__(deinit self):
        print("release", self.n)


def main():
    var r = Res(1)
    var total = 0

    @parameter
    def add(i: Int):
        total += i

    add(3)
    print(total, r.n)

# CHECK: 3 1
# CHECK: release 1
