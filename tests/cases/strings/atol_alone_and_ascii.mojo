# `atol(s, base)` in a program that uses no other string method, and `ascii(s)` (a repr with the
# bytes outside ASCII escaped).
def main() raises:
    print(atol("ff", 16), atol("0x1F", 0), atol("1010", base=2))
    print(ascii("é"), ascii("it's"), ascii("a\nb"), ascii("q\"x"), ascii("b'\"c"), ascii("t\tx"), ascii("\\"))

# The expected output, checked against Mojo 1.2:
# CHECK: 255 31 10
# CHECK: '\xc3\xa9' "it's" 'a\nb' 'q"x' "b'"c" 't\tx' '\\'
