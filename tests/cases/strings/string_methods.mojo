def main():
    var s = "  Hello, Wörld!  "
    print("[" + s.strip() + "]", "[" + s.lstrip() + "]", "[" + s.rstrip() + "]")
    var t = String(s.strip())
    print(t.upper(), t.lower())
    print(t.startswith("Hell"), t.endswith("!"), t.find("l"), t.find("zz"), t.rfind("l"))
    print(t.replace("l", "L"), t.count("l"), t.count(""))
    print(ord("a"), chr(98), ord("é"))
    print(t.find("o", 5), String("a,b,,c").replace(",", ""), s.strip("x"), String("--a--").strip("-"))
    # CHECK: [Hello, Wörld!] [Hello, Wörld!  ] [  Hello, Wörld!]
    # CHECK: HELLO, WÖRLD! hello, wörld!
    # CHECK: True True 2 -1 11
    # CHECK: HeLLo, WörLd! 3 15
    # CHECK: 97 b 233
    # CHECK: -1 abc   Hello, Wörld!   a
