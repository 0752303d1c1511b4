# The missing-key errors name the key type as Mojo 1.2 does (`Int` is `SIMD[DType.int, 1]`).
from std.collections import Set
def main():
    var s: Set[Int] = {1}
    try:
        s.remove(5)
    except e:
        print(e)
    var d: Dict[Int, Int] = {1: 2}
    try:
        print(d[7])
    except e:
        print(e)
    # CHECK: DictKeyError[SIMD[DType.int, 1]]()
    # CHECK: DictKeyError[SIMD[DType.int, 1]]()
