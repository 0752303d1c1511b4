# A t-string is a `TString`, not a `String`: convert it with `String(...)`. Format specs are not
# supported inside one.
def show(s: String):
    print(s)

def main():
    var n = 3
    show(t"n={n}")  # error[E0301]: cannot implicitly convert 'TString' value to 'String'
    print(t"{n:>5}")  # error[E0110]: format specifiers are not supported in t-strings
    show(String(t"n={n}"))
