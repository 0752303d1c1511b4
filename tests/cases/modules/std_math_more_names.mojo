# The std.math names written in the language (pi, isnan, isinf, gcd, lcm, atan2, hypot, copysign,
# fma), reached after `from std.math import ...` or as `m.NAME`; a program's own `gcd` does not clash.
from std.math import pi, isnan, isinf, gcd, lcm, atan2, hypot, copysign, fma

def main():
    var z = 0.0
    print(pi, isnan(z / z), isinf(1.0 / z), gcd(48, 18), lcm(4, 6))
    print(atan2(1.0, 1.0), hypot(3.0, 4.0), copysign(2.0, -1.0), fma(2.0, 3.0, 1.0))

# The expected output, checked against Mojo 1.2:
# CHECK: 3.141592653589793 True True 6 12
# CHECK: 0.7853981633974483 5.0 -2.0 7.0
