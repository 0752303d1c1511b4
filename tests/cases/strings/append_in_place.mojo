# `s += t` appends to the string variable: the result is the same as `s = s + t` in every form
# (a constant first, a copy appended, a `mut` argument, a `for ref` element, a loop that raises
# midway). (`s += s` itself is an aliasing error in Mojo 1.2.)
def shout(mut s: String, n: Int):
    for _ in range(n):
        s += "!"


def build(n: Int) raises -> String:
    var out = String()
    for i in range(n):
        if i == 3:
            raise Error("stopped at " + out)
        out += String(i)
    return out^


def main():
    var s = "ab"
    s += "cd"
    var t = s
    s += t
    print(s, t)
    # CHECK: abcdabcd abcd
    shout(s, 3)
    print(s)
    # CHECK: abcdabcd!!!
    var words: List[String] = ["x", "y"]
    for ref w in words:
        w += "?"
        var c = w
        w += c
    print(words)
    # CHECK: [x?x?, y?y?]
    try:
        print(build(2))
        print(build(10))
    except e:
        print(e)
    # CHECK: 01
    # CHECK: stopped at 012
    var big = String()
    for i in range(100000):
        big += "ab" if i % 2 == 0 else "c"
    print(big.byte_length(), big[byte=0:5])
    # CHECK: 150000 abcab
    var e = String()
    e += ""
    print(e.byte_length(), t)
    # CHECK: 0 abcd
