# A field of a variable passed to a call or an operator is read when the call runs, after the
# other operands (as Mojo passes it by reference): the variable lives until then, and sees
# what the other operands did to it. Output checked against Mojo 1.2.
struct D(Movable):
    var id: Int
    def __init__(out self, id: Int):
        self.id = id
    def __deinit__(deinit self):
        print("del", self.id)

def noisy(n: Int) -> Int:
    print("noisy", n)
    return n

def take2(a: Int, b: Int) -> Int:
    print("take2")
    return a + b

def bump(mut d: D) -> Int:
    d.id += 10
    return 0

def both(a: Int, b: Int, c: Int):
    print("both", a, b, c)

def main():
    var x = D(1)
    var a = x.id
    print("after a", a)
    var x2 = D(2)
    print(x2.id + 0, noisy(2))
    var x3 = D(3)
    var t = take2(x3.id, noisy(3))
    print(t)
    var x4 = D(4)
    var w = x4.id + noisy(4)
    print(w)
    var x5 = D(5)
    var v = noisy(x5.id)
    print(v)
    var x6 = D(6)
    if x6.id == noisy(6):
        print("eq")
    var x7 = D(7)
    print(String(x7.id), noisy(7))
    var x8 = D(8)
    var y8 = x8.id * 2
    print("y8", y8)
    var x9 = D(9)
    both(x9.id, bump(x9), x9.id)
    # CHECK: del 1
    # CHECK: after a 1
    # CHECK: del 2
    # CHECK: noisy 2
    # CHECK: 2 2
    # CHECK: noisy 3
    # CHECK: del 3
    # CHECK: take2
    # CHECK: 6
    # CHECK: noisy 4
    # CHECK: del 4
    # CHECK: 8
    # CHECK: del 5
    # CHECK: noisy 5
    # CHECK: 5
    # CHECK: noisy 6
    # CHECK: del 6
    # CHECK: eq
    # CHECK: del 7
    # CHECK: noisy 7
    # CHECK: 7 7
    # CHECK: del 8
    # CHECK: y8 16
    # CHECK: del 19
    # CHECK: both 19 0 19
