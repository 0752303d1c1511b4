"""A lookup table computed at compile time: `comptime` runs an ordinary function in the compiler,
and the program only reads the finished table (bit counts of every 4-bit value, then of bytes)."""


def make_nibble_popcounts() -> SIMD[DType.uint8, 16]:
    var table = SIMD[DType.uint8, 16](0)
    for i in range(16):
        var n = i
        var bits = 0
        while n > 0:
            bits += n & 1
            n >>= 1
        table[i] = UInt8(bits)
    return table


comptime POPCOUNT4 = make_nibble_popcounts()


def popcount(x: Int) -> Int:
    var total = 0
    var n = x
    while n > 0:
        total += Int(POPCOUNT4[n & 15])
        n >>= 4
    return total


def main():
    print(POPCOUNT4)
    # CHECK: [0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4]
    print(popcount(0), popcount(255), popcount(1023), popcount(0x5555))
    # CHECK: 0 8 10 8
    var hist = List[Int](length=9, fill=0)
    for b in range(256):
        hist[popcount(b)] += 1
    print(hist, popcount(9223372036854775807))
    # CHECK: [1, 8, 28, 56, 70, 56, 28, 8, 1] 63
