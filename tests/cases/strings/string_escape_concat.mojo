def main():
    var s = "col1" + "\t" + "col2" + "\n" + "next"
    print(s)
    # CHECK: col1	col2
    # CHECK: next
    print(s.byte_length())
    # CHECK: 14
