# `s.codepoints()`, `s.as_bytes()`, and Mojo 1.2's folding of a literal division by zero to nan
# (a division by a zero variable is inf).
def main():
    var s = "héllo"
    print(len(s.codepoints()))
    for c in s.codepoints():
        print(c, end=",")
    print()
    var b = "hé!".as_bytes()
    print(len(b), b[0], b[1], b[2], b[3])
    print(1.0 / 0.0, -1.0 / 0.0, 1 / 0, 0.0 / 0.0, 1.0 // 0.0, 1.0 % 0.0, 2.0 ** -1)
    var z = 0.0
    print(1.0 / z, -1.0 / z)

# The expected output, checked against Mojo 1.2:
# CHECK: 5
# CHECK: h,é,l,l,o,
# CHECK: 4 104 195 169 33
# CHECK: nan nan nan nan nan nan 0.5
# CHECK: inf -inf
