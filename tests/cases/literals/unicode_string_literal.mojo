def main():
    var s = "héllo wörld ✓"
    print(s)
    # CHECK: héllo wörld ✓
    print(s.byte_length())
    # CHECK: 17
