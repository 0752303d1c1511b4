def main():
    var s = "héllo"
    for c in s:
        print(c, end="|")
    print()
    # CHECK: h|é|l|l|o|
    var n = 0
    for c in "añb€":
        n += c.byte_length()
    print(n)
    # CHECK: 7
