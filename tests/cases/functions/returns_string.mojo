def repeat(s: String, n: Int) -> String:
    var r = ""
    for _ in range(n):
        r += s
    return r

def main():
    print(repeat("ab", 3) + "|" + repeat("x", 0) + "|")
    # CHECK: ababab||
