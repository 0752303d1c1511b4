def main():
    var s = "abc"
    print(s[0])  # error[E0305]: a String is indexed by byte offsets
