# A pack of value parameters (`*vals: Int`) given in brackets, walked with `comptime for`
# (checked with `mojo run` 1.2.0, which rejects `comptime for` over a plain tuple).
def sum_static[*vals: Int]() -> Int:
    var s = 0
    comptime for v in vals:
        s += v
    return s


def main():
    print(sum_static[1, 2, 3, 4](), sum_static[10]())
# CHECK: 10 10
