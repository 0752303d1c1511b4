# std.bit on Int, sized integers and SIMD vectors (lane by lane); outputs checked with Mojo 1.2.
from std.bit import pop_count, count_leading_zeros, count_trailing_zeros, bit_width, next_power_of_two, prev_power_of_two, bit_reverse, byte_swap, log2_floor


def main():
    print(pop_count(255), pop_count(Int(-1)), pop_count(UInt8(7)))
    # CHECK: 8 64 3
    print(count_leading_zeros(1), count_leading_zeros(UInt8(1)), count_leading_zeros(0))
    # CHECK: 63 7 64
    print(count_trailing_zeros(8), count_trailing_zeros(Int32(0)), count_trailing_zeros(UInt16(6)))
    # CHECK: 3 32 1
    print(bit_width(255), bit_width(256), bit_width(0), bit_width(-1))
    # CHECK: 8 9 0 0
    print(next_power_of_two(5), next_power_of_two(0), next_power_of_two(8), next_power_of_two(UInt8(9)))
    # CHECK: 8 1 8 16
    print(prev_power_of_two(5), prev_power_of_two(8), prev_power_of_two(1))
    # CHECK: 4 8 1
    print(bit_reverse(UInt8(1)), byte_swap(UInt16(0x1234)), byte_swap(Int32(1)))
    # CHECK: 128 13330 16777216
    print(pop_count(SIMD[DType.uint8, 4](1, 3, 7, 255)))
    # CHECK: [1, 2, 3, 8]
    print(prev_power_of_two(0), next_power_of_two(-5), prev_power_of_two(-5), bit_width(-8), bit_width(Int8(-128)), bit_width(UInt8(255)))
    # CHECK: 0 1 0 3 7 8
    print(count_leading_zeros(Int(-1)), pop_count(Int8(-1)), next_power_of_two(UInt64(1) << 63))
    # CHECK: 0 8 9223372036854775808
    print(log2_floor(1), log2_floor(1000), log2_floor(0))
    # CHECK: 0 9 -1
