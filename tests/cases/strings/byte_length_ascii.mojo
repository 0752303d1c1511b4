def main():
    var s = "abcdef"
    print(s.byte_length(), "".byte_length(), "a\nb".byte_length())
    # CHECK: 6 0 3
