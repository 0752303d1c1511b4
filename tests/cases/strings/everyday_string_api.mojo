# The String methods a program uses every day, checked against Mojo 1.2.
def main() raises:
    var s = String("  Hello, World  ")
    print("[" + s.strip() + "]", "[" + s.lstrip() + "]", "[" + s.rstrip() + "]")
    var t = s.strip()
    print(t.lower(), t.upper(), t.find("o"), t.rfind("o"), t.count("l"))
    print(t.replace("l", "L"), t.startswith("Hell"), t.endswith("!"))
    print(t.split(", "), "a,b,,c".split(","), "x y  z".split())
    print(", ".join([String("a"), String("b")]), String("-") * 3)
    print("{} + {} = {}".format(1, 2, 3), "{0}{1}{0}".format("a", "b"))
    print(Int("42"), Float64("2.5"), String(12) + String(3.0), ord("a"), chr(98))
    print(t.byte_length(), "lo" in t, t[byte=0:5])
    print(String("line1\nline2\n").splitlines(), "a-b-c".split("-", 1))

# The expected output, checked against Mojo 1.2:
# CHECK: [Hello, World] [Hello, World  ] [  Hello, World]
# CHECK: hello, world HELLO, WORLD 4 8 3
# CHECK: HeLLo, WorLd True False
# CHECK: [Hello, World] [a, b, , c] [x, y, z]
# CHECK: a, b ---
# CHECK: 1 + 2 = 3 aba
# CHECK: 42 2.5 123.0 97 b
# CHECK: 12 True Hello
# CHECK: [line1, line2] [a, b-c]
