# `List` and `Array` elements are assigned through the reference `xs[i]` gives: the types have no
# `__setitem__` method to call by name (as in Mojo 1.2).
def main():
    var xs: List[Int] = [1, 2]
    xs.__setitem__(0, 5)  # error[E0310]: no method '__setitem__'
    xs[1] = 7
    print(xs[0], xs[1])
