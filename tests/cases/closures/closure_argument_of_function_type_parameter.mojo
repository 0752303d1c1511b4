# A generic function taking a callable of a function-type parameter (`F: def(Int) -> None`,
# inferred, `f: F`) is given a function or a capturing closure by name; the closure's captures
# travel with it, so `{mut total}` sees every call (checked with Mojo 1.2).
def each[F: def(Int) -> None, //](n: Int, f: F):
    for i in range(n):
        f(i)

def apply_twice[F: def(Int) -> Int, //](f: F, x: Int) -> Int:
    return f(f(x))

def double(x: Int) -> Int:
    return x * 2

def main():
    var total = 0
    def add(i: Int) {mut total}:
        total += i * i
    each(5, add)
    print(total)
    # CHECK: 30
    var k = 3
    def plus_k(x: Int) {imm k} -> Int:
        return x + k
    print(apply_twice(plus_k, 1), apply_twice(double, 5))
    # CHECK: 7 20
