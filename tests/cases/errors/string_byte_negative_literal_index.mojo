# A literal negative byte index is rejected when compiling, as in Mojo 1.2.
def main():
    var s = String("abc")
    print(s[byte=-1])  # error[E0301]: negative indexing is not supported
