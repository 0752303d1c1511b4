# `isnan`/`isinf` of any float scalar (Mojo 1.2 prints this line).
from std.math import isnan, isinf


def main():
    var z = Float32(0.0)
    var x = Float32(1.0) / z
    print(isnan(x - x), isinf(x), isnan(Float64(1.5)))
# CHECK: True True False
