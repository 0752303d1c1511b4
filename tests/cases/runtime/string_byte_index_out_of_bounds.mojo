# EXIT: 1
# STDERR: string_byte_index_out_of_bounds.mojo:9:11: error[E0605]: index 8 is out of bounds, valid range is 0 to 7
# `s[byte=i]` must be inside the string.
def main():
    var s = String("abcdefgh")
    var i = 7
    print(s[byte=i])
    # CHECK: h
    print(s[byte=i + 1])
