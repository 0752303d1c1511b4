def check(s: String):
    try:
        print(s, "->", Int(s))
    except e:
        print(s, "-> error")

def main():
    check("1__0")
    # CHECK: 1__0 -> error
    check("1_")
    # CHECK: 1_ -> error
    check("_1")
    # CHECK: _1 -> error
    check("--5")
    # CHECK: --5 -> error
    check("+")
    # CHECK: + -> error
    check("1e3")
    # CHECK: 1e3 -> error
    check("0x1F")
    # CHECK: 0x1F -> error
    check("12 34")
    # CHECK: 12 34 -> error
