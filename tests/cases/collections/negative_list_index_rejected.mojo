# Mojo 1.2's List has no negative indexing: a literal negative index is a compile-time error.
def main():
    var xs: List[Int] = [1, 2]
    print(xs[-1])  # error[E0404]: negative indexing is not supported, use e.g. `x[len(x) - 1]`
    xs[-2] = 5  # error[E0404]: negative indexing is not supported
