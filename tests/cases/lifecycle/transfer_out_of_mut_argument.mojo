# A `mut` argument may be transferred away if it is given a new value before the function
# returns; a number argument's transfer is a copy (checked with Mojo 1.2).
def g(var n: Int) -> Int:
    return n * 2

def h(var s: String):
    print("took", s)

def f(n: Int) -> Int:
    return g(n^) + n

def k(mut s: String):
    h(s^)
    s = "new"

def main():
    print(f(3))
    # CHECK: 9
    var s = String("old")
    k(s)
    print(s)
    # CHECK: took old
    # CHECK: new
