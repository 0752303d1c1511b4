def main():
    var n = -42
    var s = String(n)
    print(s, s.byte_length())
    # CHECK: -42 3
    print(String(0) + String(9223372036854775807))
    # CHECK: 09223372036854775807
