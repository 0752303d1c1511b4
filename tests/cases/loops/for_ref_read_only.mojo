# `for ref` over an immutable collection, a dict's values or a string binds read-only references.
def total(xs: List[Int], d: Dict[String, Int]) -> Int:
    var t = 0
    for ref x in xs:
        t += x
    for ref v in d.values():
        t += v
    for ref c in "ab":
        t += ord(c)
    return t


def main():
    var xs: List[Int] = [1]
    print(total(xs, {"a": 2}))
    # CHECK: 198
