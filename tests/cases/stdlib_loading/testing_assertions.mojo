# std.testing: assertions raise 'At FILE:LINE:COL: AssertionError: ...' as in Mojo 1.2 (the
# column is the call's opening parenthesis; printed here from the line on).
from std.testing import assert_equal, assert_true, assert_false, assert_not_equal, assert_almost_equal

def main() raises:
    assert_equal(1 + 1, 2)
    assert_equal(String("a"), "a")
    assert_true(3 > 2)
    assert_false(3 < 2, "three is not less")
    assert_not_equal(1, 2)
    assert_almost_equal(0.1 + 0.2, 0.3)
    print("ok")
    try:
        assert_equal(1, 2)
    except e:
        print(String(e).split(".mojo:")[1])
    try:
        assert_equal(String("x"), String("y"), msg="strings")
    except e:
        print(String(e).split(".mojo:")[1])
    try:
        assert_true(False)
    except e:
        print(String(e).split(".mojo:")[1])
    try:
        assert_false(True, "custom")
    except e:
        print(String(e).split(".mojo:")[1])
    try:
        assert_not_equal(3, 3)
    except e:
        print(String(e).split(".mojo:")[1])
    try:
        assert_almost_equal(1.0, 1.1)
    except e:
        print(String(e).split(".mojo:")[1])
# CHECK: ok
# CHECK: 14:21: AssertionError: `left == right` comparison failed:
# CHECK:    left: 1
# CHECK:   right: 2
# CHECK: 18:21: AssertionError: `left == right` comparison failed:
# CHECK:    left: x
# CHECK:   right: y
# CHECK:   reason: strings
# CHECK: 22:20: AssertionError: condition was unexpectedly False
# CHECK: 26:21: AssertionError: custom
# CHECK: 30:25: AssertionError: `left != right` comparison failed:
# CHECK:    left: 3
# CHECK:   right: 3
# CHECK: 34:28: AssertionError: 1.0 is not close to 1.1 with a diff of 0.10000000000000009
