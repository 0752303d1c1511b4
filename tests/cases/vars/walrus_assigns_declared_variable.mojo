# `name := value` assigns a variable declared before it and gives the new value (Mojo 1.2 allows
# it in conditions, arguments and parentheses; checked against `mojo run` 1.2.0).
def get(i: Int) -> Int:
    return 10 - i


def main():
    var i = 0
    var n: Int
    while (n := get(i)) > 7:
        print(n)
        i += 1
    var m = 0
    if (m := get(2)) == 8:
        print("m", m)
    print(n, m)
    var k = 0
    if k := 5:
        print("k", k)
    print(k := 3, k)
    var t = (k := 4) + 1
    print(t, k)
    var z: String
    if (z := String("hi")) == "hi":
        print(z + "!")
    var lines: List[String] = ["a", "bb", ""]
    var j = 0
    var line: String
    while (line := lines[j]).byte_length() > 0:
        print(line)
        j += 1
# CHECK: 10
# CHECK: 9
# CHECK: 8
# CHECK: m 8
# CHECK: 7 8
# CHECK: k 5
# CHECK: 3 3
# CHECK: 5 4
# CHECK: hi!
# CHECK: a
# CHECK: bb
