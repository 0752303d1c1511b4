# `s[codepoint=i]`, `s[codepoint=lo:hi]` and `s[grapheme=i]`: indexing a String by code point or by
# user-visible character (the result is a String).
def main():
    var s = String("héllo wörld")
    print(s[codepoint=1], s[codepoint=0:2], s[byte=0], s[codepoint=7])
    print(s[codepoint=4], s[codepoint=6:], s[codepoint=:5], s[grapheme=1])
    var t = "e\u0301x"
    print(t[grapheme=0].byte_length(), t[codepoint=0], t[codepoint=2], t[grapheme=1])
    var n = 0
    for i in range(5):
        n += s[codepoint=i].byte_length()
    print(n)

# The expected output, checked against Mojo 1.2:
# CHECK: é hé h ö
# CHECK: o wörld héllo é
# CHECK: 3 e x x
# CHECK: 6
