# `for ref` changes elements, so the collection must be mutable (Mojo 1.2 rejects it too).
def bump(xs: List[Int]):
    for ref x in xs:  # error[E0307]: cannot change the elements of 'xs' with `for ref`
        x += 1


def main():
    var xs: List[Int] = [1]
    bump(xs)
    print(xs[0])
