# A `/` marks the parameters before it positional-only.
def f(a: Int, b: Int, /, c: Int = 3) -> Int:
    return a * 100 + b * 10 + c
def main():
    print(f(1, 2), f(1, 2, c=5))
# CHECK: 123 125

