# std.random: a seed repeats its numbers, ranges hold, shuffle keeps the elements, and the
# pointer fillers stay in range (checked to run the same on `mojo run` 1.2.0; the numbers differ).
from std.random import random_float64, random_si64, random_ui64, seed, randint, randn_float64, shuffle, rand, randn
def main():
    seed(42)
    var a = random_float64()
    seed(42)
    print(a == random_float64())
    var lo = 3.0
    var hi = 0.0
    for _ in range(1000):
        var x = random_float64(2.0, 3.0)
        lo = min(lo, x)
        hi = max(hi, x)
    print(lo >= 2.0, hi < 3.0)
    var counts = List[Int](length=11, fill=0)
    for _ in range(5000):
        counts[Int(random_si64(0, 10))] += 1
    var all_seen = True
    for c in counts:
        if c == 0:
            all_seen = False
    print(all_seen, random_ui64(3, 3))
    var xs: List[Int] = [1, 2, 3, 4, 5]
    shuffle(xs)
    var total = 0
    for x in xs:
        total += x
    print(len(xs), total)
    var p = alloc[Int32](100)
    randint[DType.int32](p, 100, 0, 9)
    var ok = True
    for i in range(100):
        if p[i] < 0 or p[i] > 9:
            ok = False
    print(ok)
    var f = alloc[Float32](10)
    rand[DType.float32](f, 10, min=-1.0, max=1.0)
    randn[DType.float32](f, 10)
    p.free()
    f.free()
    var s = 0.0
    for _ in range(2000):
        s += randn_float64()
    print(abs(s / 2000.0) < 0.2)
# CHECK: True
# CHECK: True True
# CHECK: True 3
# CHECK: 5 15
# CHECK: True
# CHECK: True
