# `s.codepoints()` yields `Codepoint` values: each prints as its character, `to_u32()` is its
# number, `Codepoint.ord(c)` makes one from a one-character string; `count_codepoints()` counts them; `codepoint_slices()` gives them as strings.
def main():
    var s = String("hé!")
    for cp in s.codepoints():
        print(cp, cp.to_u32(), String(cp), end=" | ")
    print()
    var z = Codepoint.ord("z")
    print(z.to_u32(), z == Codepoint.ord("z"), z != Codepoint.ord("a"), String("héllo").count_codepoints())
    print(len(s.codepoints()), Codepoint(65))
    var cs = List[String]()
    for c in String("añb").codepoint_slices():
        cs.append(String(c))
    print(cs, len(cs))

# The expected output, checked against Mojo 1.2:
# CHECK: h 104 h | é 233 é | ! 33 ! | 
# CHECK: 122 True True 5
# CHECK: 3 A
# CHECK: [a, ñ, b] 3
