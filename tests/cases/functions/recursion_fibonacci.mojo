def fib(n: Int) -> Int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def main():
    print(fib(0), fib(1), fib(10), fib(20))
    # CHECK: 0 1 55 6765
