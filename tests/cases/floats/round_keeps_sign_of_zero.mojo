# `round` keeps the sign of a zero result (`round(-0.4)` is `-0.0`), as in Mojo 1.2.
def main():
    var a = -0.5
    var b = -0.4
    var c = -2.5
    print(round(a), round(b), round(c), round(-0.5), round(Float32(-0.3)))
    print(round(a, 0), round(-0.04, 1))

# The expected output, checked against Mojo 1.2:
# CHECK: -0.0 -0.0 -2.0 -0.0 -0.0
# CHECK: -0.0 -0.0
