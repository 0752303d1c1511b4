# Functions and closures as compile-time parameters (`f: def(Int) thin -> Int`, `capturing`):
# each function gives an instance; a closure's captured variables travel with it, and its
# assignments reach them.
def double(x: Int) -> Int:
    return x * 2


def apply[f: def(Int) thin -> Int](x: Int) -> Int:
    return f(x)


def apply_cap[f: def(Int) capturing -> Int](x: Int) -> Int:
    return f(x)


def twice[f: def(Int) capturing -> Int](x: Int) -> Int:
    return apply_cap[f](apply_cap[f](x))


def for_each[body: def(Int) capturing -> None](n: Int):
    for i in range(n):
        body(i)


def main():
    print(apply[double](3))
    print(apply_cap[double](1))
    var k = 10
    var total = 0

    @parameter
    def addk(x: Int) -> Int:
        return x + k

    print(apply_cap[addk](1), twice[addk](1))
    k = 100
    print(apply_cap[addk](1))

    @parameter
    def accumulate(i: Int):
        total += i * k

    for_each[accumulate](4)
    print(total)

# The expected output, checked against Mojo 1.2:
# CHECK: 6
# CHECK: 2
# CHECK: 11 21
# CHECK: 101
# CHECK: 600
