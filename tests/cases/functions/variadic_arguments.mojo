# `*NAME: T` gathers the remaining positional arguments: `len`, indexing and `for` work on them;
# parameters after it are keyword-only.
def total(*xs: Int) -> Int:
    var s = 0
    for x in xs:
        s += x
    return s

def describe(label: String, *values: Float64, sep: String = ", ") -> String:
    var out = label + ": "
    for i in range(len(values)):
        if i > 0:
            out += sep
        out += String(values[i])
    return out

def names(*ns: String) -> Int:
    var n = 0
    for s in ns:
        n += s.byte_length()
    return n

def main():
    print(total(), total(1), total(1, 2, 3))
    print(describe("v", 1.5, 2.0))
    print(describe("w", 1.0, 2.0, 3.0, sep="|"))
    print(names("ab", "cde"))

# The expected output, checked against Mojo 1.2:
# CHECK: 0 1 6
# CHECK: v: 1.5, 2.0
# CHECK: w: 1.0|2.0|3.0
# CHECK: 5
