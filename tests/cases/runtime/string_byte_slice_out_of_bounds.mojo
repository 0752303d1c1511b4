# EXIT: 1
# STDERR: string_byte_slice_out_of_bounds.mojo:9:11: error[E0605]: slice start index -3 is out of bounds, valid range is 0 to 8
# Byte slices of a String are bounds-checked as Mojo 1.2 checks them: no negative indices, no
# end past the length, start not after end.
def main():
    var s = String("abcdefgh")
    print(s[byte=2:], s[byte=8:8] == "", s[byte=:3])
    # CHECK: cdefgh True abc
    print(s[byte=-3:])
