# `def f(...) capturing:` marks a closure; `@parameter` closures read the current values.
def main():
    var k = 10
    var total = 0

    @parameter
    def addk(x: Int) -> Int:
        return x + k

    def acc(x: Int) capturing:
        total += x

    print(addk(1))
    acc(5)
    acc(7)
    print(total)

# The expected output, checked against Mojo 1.2:
# CHECK: 11
# CHECK: 12
