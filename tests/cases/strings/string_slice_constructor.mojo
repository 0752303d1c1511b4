# `StringSlice(s)` and `StaticString` name a string's text (checked with `mojo run` 1.2.0).
comptime GREETING: StaticString = "hello"


def first_word(s: StringSlice) -> String:
    var parts = s.split(" ")
    return String(parts[0])


def main():
    var t = String("ab cd")
    var sl: StringSlice[origin_of(t)] = t
    print(GREETING, first_word(t), sl, t.strip())
    var u = StringSlice("lit")
    print(u.byte_length(), String(u))
# CHECK: hello ab ab cd ab cd
# CHECK: 3 lit
