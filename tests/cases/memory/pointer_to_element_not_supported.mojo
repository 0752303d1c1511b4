# `Pointer(to=...)` takes a variable or a field of one; a list element is not supported yet, and
# the pointer types have no other constructor taking a value.
def main():
    var xs: List[Int] = [1, 2]
    var p = Pointer(to=xs[0])  # error[E0314]: `Pointer(to=...)` of anything but a variable is not supported yet
    var q = Pointer(xs)  # error[E0302]: 'Pointer' is made with `to=` a variable
    print(len(xs))
