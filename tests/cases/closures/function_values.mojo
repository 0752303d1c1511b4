# Functions as run-time values: `def(Int) thin -> Int` parameters, fields and results, variables
# holding a function (a nested one too), and raising functions.
def inc(x: Int) -> Int:
    return x + 1


def square(x: Int) -> Int:
    return x * x


def check(x: Int) raises -> Int:
    if x < 0:
        raise Error("negative: " + String(x))
    return x


def compose(f: def(Int) thin -> Int, g: def(Int) thin -> Int, x: Int) -> Int:
    return f(g(x))


def pick(first: Bool) -> def(Int) thin -> Int:
    if first:
        return inc
    return square


@fieldwise_init
struct Op(Copyable):
    var name: String
    var run: def(Int) thin -> Int


def main() raises:
    print(compose(inc, square, 3), compose(square, inc, 3))
    print(pick(True)(10), pick(False)(10))
    var op = Op("sq", square)
    print(op.name, op.run(7))

    def twice(y: Int) -> Int:
        return y * 2

    var t = twice
    print(t(21))
    var c = check
    print(c(5))
    try:
        print(c(-1))
    except e:
        print("caught", e)

# The expected output, checked against Mojo 1.2:
# CHECK: 10 16
# CHECK: 11 100
# CHECK: sq 49
# CHECK: 42
# CHECK: 5
# CHECK: caught negative: -1
