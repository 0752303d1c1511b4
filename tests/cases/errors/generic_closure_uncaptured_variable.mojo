# The same for a nested function with a width parameter given to vectorize: one error, not one
# per instance (checked with `mojo run` 1.2.0).
from std.algorithm import vectorize
def main():
    var total = 0
    def body[width: Int](i: Int):
        total += width  # error[E0201]: Could not infer capture convention of the captured value total
    vectorize[4](10, body)
    print(total)
