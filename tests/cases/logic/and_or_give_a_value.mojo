# `a or b` and `a and b` of two values of one type (not Bool) give one of the values, as in
# Python and Mojo 1.2 (`name or String("anonymous")`); of different types, their truth.
def main():
    var x = 5
    var e = 0
    print(x and e, x or e, e or x, e and x)
    var s = String("")
    var t = String("hi")
    print(s or t, t and s, t or s)
    var name = String("")
    var shown = name or String("anonymous")
    print(shown)
    var n = 3
    var flag = True
    if n and flag:
        print("yes")
    print(n and flag, 0 or flag)
    # CHECK: 0 5 5 0
    # CHECK: hi  hi
    # CHECK: anonymous
    # CHECK: yes
    # CHECK: True True
