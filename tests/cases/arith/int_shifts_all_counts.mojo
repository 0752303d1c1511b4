# `<<` and `>>` on `Int` for counts inside and outside 0..63 (negative counts shift the other
# way; 64 or more gives 0, or the sign for `>>`), checked by a running sum.
def main():
    var xs = [1, -1, 5, -5, 9223372036854775807, -9223372036854775807 - 1, 12345]
    var counts = [0, 1, 3, 62, 63, 64, 65, 100]
    var s = 0
    for x in xs:
        for c in counts:
            s = s * 31 + (x << c) + (x >> c)
    print(s)
    var one = 1
    var sixty_four = 64
    print(one << 63, (-one) >> sixty_four, one << sixty_four, -8 >> 1)
# CHECK: -5596530056643249966
# CHECK: -9223372036854775808 -1 0 -4
