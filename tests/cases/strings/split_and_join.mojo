def main():
    var parts = "a,b,,c".split(",")
    print(parts, len(parts), parts[1])
    # CHECK: [a, b, , c] 4 b
    print("  x  y ".split(), "a b  c".split(" "), "".split(","))
    # CHECK: [x, y] [a, b, , c] []
    var xs: List[String] = ["p", "q", "r"]
    print("-".join(xs), "x".join(["1"]))
    # CHECK: p-q-r 1
    var words = "the quick brown fox".split()
    var longest = ""
    for w in words:
        if w.byte_length() > longest.byte_length():
            longest = w
    print(longest, len(words))
    # CHECK: quick 4
