# find/rfind/count/startswith/endswith with start and end offsets, as Mojo 1.2 answers them
# (checked against `mojo run` 1.2.0): negative offsets count from the end, an `end` of -1 is the
# end itself, the empty string is found at 0 by `find` whatever the start, and at the end by
# `rfind`.
def main():
    var s = String("abcabc")
    print(s.find("c"), s.find("c", 3), s.find("c", -2), s.find("z"))
    print(s.find("c", 10), s.find("c", -10), s.find("", 2), s.find("", -1), s.find("bc", 5))
    print(s.rfind("c"), s.rfind("c", 3), s.rfind("a", 1), s.rfind(""))
    print(s.rfind("c", 10), s.rfind("c", -10), s.rfind("", 2), s.rfind("c", -1), s.rfind("b", -1), s.rfind("bc", 4))
    print(String("abc").rfind("", 10), String("abc").rfind("", 3), String("abc").rfind("c", 3), String("abc").rfind("", -1))
    print(s.count("bc"), String("aaaa").count("aa"), String("abc").count(""), String("").count(""))
    print(String("ééé").count(""), String("ééé").count("é"))
    print(s.startswith("ab"), s.startswith("ca", 2), s.endswith("bc"), s.startswith("ab", 3, 5))
    print(s.endswith("ca", 0, 4), s.startswith("", 10), s.startswith("c", -1), s.endswith("b", 0, -1))
    print(s.endswith("c", 0, 100), s.startswith("abc", 0, 2), s.startswith("a", 0, -2), s.startswith("b", -5, -1))
    print(s.endswith("b", 0, -2), s.endswith("", 7), s.endswith("", 6), s.startswith("", 6))
    print(s.startswith("", 3, 1), s.endswith("c", -1), s.endswith("bc", -10))
    print(s.find(substr="b", start=2), s.count(substr="a"), s.replace(old="a", new="z"))
    print(s.startswith(prefix="bc", start=1), s.endswith(suffix="ab", end=5))
# CHECK: 2 5 5 -1
# CHECK: -1 2 0 0 -1
# CHECK: 5 5 3 6
# CHECK: -1 5 6 5 -1 4
# CHECK: 3 3 -1 3
# CHECK: 2 2 4 1
# CHECK: 7 3
# CHECK: True True True True
# CHECK: True False True False
# CHECK: True False True True
# CHECK: False False True True
# CHECK: False True True
# CHECK: 4 2 zbczbc
# CHECK: True True
