# `for ref` over an immutable collection binds read-only references: reading them is fine, changing
# one is an error (as in Mojo 1.2).
def total(xs: List[Int], d: Dict[String, Int]) -> Int:
    var t = 0
    for ref x in xs:
        t += x
    for ref v in d.values():
        t += v
    for ref c in "ab":
        t += ord(c)
    return t


def bump(xs: List[Int]):
    for ref x in xs:
        x += 1  # error[E0307]: cannot assign to 'x': it is immutable


def main():
    var xs: List[Int] = [1]
    bump(xs)
    print(total(xs, {"a": 2}))
