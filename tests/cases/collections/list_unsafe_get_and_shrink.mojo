# `xs.unsafe_get(i)` reads element `i` in place without a bounds check; `xs.shrink(n)` keeps the
# first `n` elements (checked with Mojo 1.2).
def main():
    var xs: List[Int] = [3, 1, 2]
    print(xs.unsafe_get(0), xs.unsafe_get(2))
    # CHECK: 3 2
    xs.shrink(1)
    print(xs, len(xs))
    # CHECK: [3] 1
    var words: List[String] = ["a", "b", "c"]
    words.shrink(2)
    words.append("z")
    print(words)
    # CHECK: [a, b, z]
