# A span returned by a function keeps viewing its argument's list (which lives as long as the
# span is used).
def tail(s: Span[String, _]) -> Span[String, s.origin]:
    return s[1:]

def main():
    var xs: List[String] = ["a", "b", "c"]
    var t = tail(xs[0:3])
    print(t[0], len(t))

# The expected output, checked against Mojo 1.2:
# CHECK: b 2
