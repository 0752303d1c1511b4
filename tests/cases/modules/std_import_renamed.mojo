# Standard-library names imported under other names.
from std.math import sqrt as root, pi as PI, floor
from std.collections import Dict as Map, List as Seq


def main():
    print(root(16.0), PI, floor(2.5))
    var m = Map[String, Int]()
    m["a"] = 1
    var xs: Seq[Int] = [1, 2]
    print(len(m), xs)

# The expected output, checked against Mojo 1.2:
# CHECK: 4.0 3.141592653589793 2.0
# CHECK: 1 [1, 2]
