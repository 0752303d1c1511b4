# More vectorize shapes: a run-time size leaves its remainder to width 1; unroll_factor changes nothing
# visible (checked with `mojo run` 1.2.0).
from std.algorithm import vectorize
def main():
    var w2 = List[Int]()
    def rec2[width: Int](i: Int) {mut w2}:
        w2.append(width * 100 + i)
    vectorize[4](10, rec2)
    print(w2)
    w2.clear()
    vectorize[8](12, rec2)
    print(w2)
    w2.clear()
    vectorize[4, size=12](rec2)
    print(w2)
    w2.clear()
    vectorize[8, size=12](rec2)
    w2.clear()
    vectorize[4, unroll_factor=2](21, rec2)
    print(w2)
# CHECK: [400, 404, 108, 109]
# CHECK: [800, 108, 109, 110, 111]
# CHECK: [400, 404, 408]
# CHECK: [400, 404, 408, 412, 416, 120]
