# `from m import name as other` gives one of a module's functions, constants or structs another
# name.
from _lib.mathutil import square as sq, SCALE as K
from _geometry import Rect as Box, area_sum as total_area


def main():
    print(sq(6), K)
    # CHECK: 36 10
    var bs = List[Box]()
    bs.append(Box(2, 3))
    print(total_area(bs), bs[0].area())
    # CHECK: 6 6
