# `std.math` constants and helpers: `e`, `factorial`, `isclose` (with `atol`/`rtol`), `clamp`.
from std.math import e, factorial, isclose, clamp
def main():
    print(e, factorial(5), factorial(0), isclose(1.0, 1.0000000001), isclose(1.0, 1.1), isclose(0.0, 1e-9))
    print(clamp(5, 0, 3), clamp(-1.5, 0.0, 1.0))

# The expected output, checked against Mojo 1.2:
# CHECK: 2.718281828459045 120 1 True False True
# CHECK: 3 0.0
