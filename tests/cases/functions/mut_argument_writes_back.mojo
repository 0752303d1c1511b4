def bump(mut x: Int, by: Int):
    x += by


def swap(mut a: String, mut b: String):
    var t = a
    a = b
    b = t


def main():
    var n = 1
    bump(n, 41)
    print(n)
    # CHECK: 42
    var s = "left"
    var t = "right"
    swap(s, t)
    print(s, t)
    # CHECK: right left
