# `zip` binds one variable per iterable, or one for the whole tuple; `enumerate` an index and an
# item, or the tuple.
def main():
    var xs: List[Int] = [1, 2]
    for a, b in zip(xs, xs, xs):  # error[E0302]: `zip` takes two or more iterables and binds one variable each
        print(a, b)
    for i, a, b in enumerate(xs):  # error[E0302]: cannot unpack
        print(i, a, b)
