# `comptime(expr)` computes a value at compile time, where it is written (the interpreter runs
# the functions it calls).
def square(x: Int) -> Int:
    return x * x

def fib(n: Int) -> Int:
    var a = 0
    var b = 1
    for _ in range(n):
        var t = a + b
        a = b
        b = t
    return a

def main():
    comptime N = 10
    print(comptime(square(12)), comptime(fib(N) + 1), comptime(String("ab") * 2))

# The expected output, checked against Mojo 1.2:
# CHECK: 144 56 abab
