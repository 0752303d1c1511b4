def fib(n: Int) -> Int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

comptime F = fib(10)

def main():
    print(F)
    # CHECK: 55
