def main():
    var s = "ab"
    s += "c"
    print(s == "abc", s < "abd", s != "ab")
    # CHECK: True True True
