def fib(n: Int) -> Int:
    """Naive recursive Fibonacci: a call-heavy benchmark."""
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    for n in range(0, 30, 5):
        print("fib(", n, ") = ", fib(n), sep="")
    # CHECK: fib(0) = 0
    # CHECK: fib(5) = 5
    # CHECK: fib(10) = 55
    # CHECK: fib(15) = 610
    # CHECK: fib(20) = 6765
    # CHECK: fib(25) = 75025
