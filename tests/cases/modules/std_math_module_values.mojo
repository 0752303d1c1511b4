# `import std.math as m`: `m.pi`, `m.gcd(...)`; a program's own `gcd` is its own.
import std.math as m

def gcd(a: Int, b: Int) -> Int:
    return 99

def main():
    print(m.pi, m.gcd(12, 8), gcd(1, 2), m.hypot(3.0, 4.0))

# The expected output, checked against Mojo 1.2:
# CHECK: 3.141592653589793 4 99 5.0
