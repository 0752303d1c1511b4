# EXIT: 1
# STDERR: Unhandled exception caught during execution: Code(n=500)
# Typed `raises T`: the error is a value of T; `except e:` binds it with its type. A `Writable`
# error converts to `Error` where only `Error` can go.
@fieldwise_init
struct ParseError(Copyable, Writable):
    var pos: Int
    var reason: String

    def write_to(self, mut writer: Some[Writer]):
        writer.write("ParseError at ", self.pos, ": ", self.reason)


@fieldwise_init
struct Code(Copyable, Writable):
    var n: Int


def digit(s: String, i: Int) raises ParseError -> Int:
    var c = s[byte=i]
    if c < "0" or c > "9":
        raise ParseError(i, "not a digit: " + c)
    return ord(c) - ord("0")


def number(s: String) raises ParseError -> Int:
    var n = 0
    for i in range(s.byte_length()):
        n = n * 10 + digit(s, i)
    return n


def as_error(s: String) raises -> Int:
    # A ParseError leaving here becomes an Error with the text of the value.
    return number(s) + 1


def counted(mut tries: Int, s: String) raises ParseError -> Int:
    tries += 1
    return number(s)


def code_of(x: Int) raises Code:
    if x > 2:
        raise Code(x * 100)


def main() raises:
    try:
        print(number("123"))
        print(number("1x3"))
    except e:
        print("caught at", e.pos, "-", e.reason)
        print(e)

    try:
        print(as_error("77"))
        print(as_error("7?"))
    except e:
        print("as Error:", e)

    var tries = 0
    for s in ["5", "y"]:
        try:
            print(counted(tries, s))
        except e:
            print("bad input after", tries, "tries:", e)

    try:
        try:
            code_of(1)
            code_of(3)
        except e:
            print("inner", e.n)
            raise
    except e:
        print("outer", e.n)

    try:
        raise Code(9)
    except e:
        print("direct", e)

    try:
        code_of(5)
    finally:
        print("finally runs")

# The expected output, checked against Mojo 1.2:
# CHECK: 123
# CHECK: caught at 1 - not a digit: x
# CHECK: ParseError at 1: not a digit: x
# CHECK: 78
# CHECK: as Error: ParseError at 1: not a digit: ?
# CHECK: 5
# CHECK: bad input after 2 tries: ParseError at 0: not a digit: y
# CHECK: inner 300
# CHECK: outer 300
# CHECK: direct Code(n=9)
# CHECK: finally runs
