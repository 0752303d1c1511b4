# A plain `ref` argument may not be written in the body (its origin's mutability is not known
# there), as in Mojo 1.2.
def bump(ref x: Int):
    x += 1  # error[E0307]: cannot assign to 'x'


def main():
    var a = 1
    bump(a)
