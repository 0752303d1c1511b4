# A program's own modules: a module file, a package (`_geometry/__init__.mojo` re-exporting from
# `_geometry/shapes.mojo` with a relative import), `import m` then `m.f`.
import _lib.mathutil as mathutil
from _lib.mathutil import SCALE
from _geometry import Rect, area_sum

def main():
    print(mathutil.square(7), SCALE)
    # CHECK: 49 10
    var rs = List[Rect]()
    rs.append(Rect(2, 3))
    rs.append(Rect(4, 5))
    print(area_sum(rs), rs[0])
    # CHECK: 26 Rect(w=2, h=3)
