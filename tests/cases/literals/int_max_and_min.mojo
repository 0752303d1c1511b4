def main():
    var big = 9223372036854775807
    var hexbig = 0x7fff_ffff_ffff_ffff
    var small = -9223372036854775807 - 1
    print(big)
    # CHECK: 9223372036854775807
    print(big == hexbig)
    # CHECK: True
    print(small)
    # CHECK: -9223372036854775808
