# `vectorize` takes a nested function with a width parameter, and a compile-time width; a
# function with compile-time parameters is not a value.
from std.algorithm import vectorize


def main():
    var total = 0

    def plain(i: Int) {mut total}:
        total += i

    def body[width: Int](i: Int) {mut total}:
        total += width

    vectorize[4](10, plain)  # error[E0301]: 'vectorize' takes a nested function with a width parameter
    var n = 4
    vectorize[n](10, body)  # error[E0403]: the SIMD width must be a positive compile-time `Int`
    var f = body  # error[E0314]: 'body' has compile-time parameters
    print(total)
