# Arguments that do not alias: different fields, read-only Ints (passed by value), copies.
@fieldwise_init
struct P(Copyable):
    var x: Int
    var y: Int

def f(mut a: Int, b: Int):
    a += b

def g(mut a: Int, mut b: Int):
    a += 1
    b += 1

def h(mut p: P, v: Int):
    p.x = v

def main():
    var n = 1
    f(n, n)
    var p = P(1, 2)
    g(p.x, p.y)
    h(p, p.x)
    print(n, p.x, p.y)
    var xs: List[Int] = [1, 2]
    var ys = xs.copy()
    xs.extend(ys^)
    print(len(xs))
# CHECK: 2 2 3
# CHECK: 4
