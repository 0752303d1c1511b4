# `hash(x)` is a `UInt64` in Mojo 1.2: it initializes a `UInt64`, compares with one, and takes
# `%` and `^` as one (checked with `mojo run` 1.2.0; the numbers themselves differ).
def main():
    var s = String("abc")
    var h: UInt64 = hash(s)
    var b = hash(s) % 16
    var i = Int(hash(7)) % 10
    print(h == hash(s), b < 16, i >= 0)
    var x = hash(s) ^ hash(3)
    print(x == hash(s) ^ hash(3))
    print(hash((1, 2)) == hash((1, 2)), hash(String("a")) != hash(String("b")))
# CHECK: True True True
# CHECK: True
# CHECK: True True
