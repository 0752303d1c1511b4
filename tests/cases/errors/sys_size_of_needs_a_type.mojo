# `size_of` takes one compile-time parameter (a type or a `DType`) and no arguments.
from std.sys import size_of


def main():
    print(size_of[Int](3))  # error[E0302]: 'size_of' takes no arguments
    print(size_of[3]())  # error[E0301]: 'size_of' needs a type or a `DType`
