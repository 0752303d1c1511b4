# Naive recursive Fibonacci: fib(32) (the same as fib.rs and fib.py; an argument changes n).
from std.sys import argv


def fib(n: Int) -> Int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main() raises:
    var args = argv()
    var n = 32
    if len(args) > 1:
        n = Int(args[1])
    print(fib(n))
