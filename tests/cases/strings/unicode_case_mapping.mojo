# upper() and lower() map every Unicode character as Mojo 1.2 does (ß is SS, ﬁ is FI; lower() has no
# final-sigma rule and makes İ a plain i); strip, find, rfind, replace, count, startswith, repr.
def main():
    var s = String("héllo wörld ß ǅ ﬁ İ")
    print(s.upper())
    print(String("HÉLLO İ Σ ΑΣ").lower())
    print(String("  \t x y \n").strip(), "|", String("xxhixx").strip("x"), "|", String("abcabc").find("c", 3), String("abcabc").rfind("b"))
    print(String("a-b-c").replace("-", "+"), String("aaaa").count("aa"), String("héllo").startswith("hé"), repr(String("it's\n\té")))
    # CHECK: HÉLLO WÖRLD SS Ǆ FI İ
    # CHECK: héllo i σ ασ
    # CHECK: x y | hi | 5 4
    # CHECK: a+b+c 2 True 'it\'s\n\té'
