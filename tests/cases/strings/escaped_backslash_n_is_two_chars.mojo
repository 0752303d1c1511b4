def main():
    var s = "\\n"
    print(s, s.byte_length())
    # CHECK: \n 2
