# `inf[dt]()` and `nan[dt]()` from std.math (checked with Mojo 1.2).
from std.math import inf, nan, isnan, isinf


def main():
    var x = inf[DType.float64]()
    print(x, -x, isnan(nan[DType.float64]()), -inf[DType.float32](), inf[DType.float32]() > 1e38)
    # CHECK: inf -inf True -inf True
    print(nan[DType.float32](), isinf(x), x * 0.0)
    # CHECK: nan True nan
