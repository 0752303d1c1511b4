# `x^` on an Int or a Float32 copies: the variable stays usable, as in Mojo 1.2; a trivial
# struct moved and then assigned again is usable after the assignment.
@fieldwise_init
struct P(Copyable, Movable):
    var n: Int

def main():
    var a = 5
    var b = a^
    print(a, b)
    var s: Float32 = 1.5
    var t = s^
    print(s, t)
    var p = P(1)
    var q = p^
    p = P(7)
    print(p.n, q.n)
# CHECK: 5 5
# CHECK: 1.5 1.5
# CHECK: 7 1
