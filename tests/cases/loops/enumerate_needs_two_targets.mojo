# `enumerate` binds an index and an item; `zip` one variable per iterable.
def main():
    var xs: List[Int] = [1, 2]
    for x in enumerate(xs):  # error[E0302]: `enumerate` takes one iterable and binds an index and an item
        print(x)
    for a, b in zip(xs, xs, xs):  # error[E0302]: `zip` takes two or more iterables and binds one variable each
        print(a, b)
