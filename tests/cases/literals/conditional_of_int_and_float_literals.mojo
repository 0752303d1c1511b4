# An integer and a float literal meet in `a if c else b` only where the value goes straight to a
# typed place (a typed `var`, an assignment, a `return`); elsewhere Mojo 1.2 calls the merge
# ambiguous.
def g(c: Bool) -> Float64:
    return 1 if c else 0.5

def main():
    var c = False
    var x: Float64 = 1 if c else 0.5
    print(x)
    # CHECK: 0.5
    x = 2 if c else 1.5
    print(x, g(True))
    # CHECK: 1.5 1.0
