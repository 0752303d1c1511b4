# std.algorithm.vectorize: `body[w]` while a whole vector fits, then width 1; with a compile-time
# `size=`, a remainder that is a power of two is one call of that width (checked with `mojo run` 1.2.0).
from std.algorithm import vectorize
def main():
    var w2 = List[Int]()
    def rec2[width: Int](i: Int) {mut w2}:
        w2.append(width * 100 + i)
    vectorize[4, size=11](rec2)
    print(w2)
    w2.clear()
    vectorize[8, size=15](rec2)
    print(w2)
    w2.clear()
    vectorize[8, size=7](rec2)
    print(w2)
    w2.clear()
    vectorize[8](7, rec2)
    print(w2)
    w2.clear()
    vectorize[8, unroll_factor=2](37, rec2)
    print(w2)
# CHECK: [400, 404, 108, 109, 110]
# CHECK: [800, 108, 109, 110, 111, 112, 113, 114]
# CHECK: [100, 101, 102, 103, 104, 105, 106]
# CHECK: [100, 101, 102, 103, 104, 105, 106]
# CHECK: [800, 808, 816, 824, 132, 133, 134, 135, 136]
