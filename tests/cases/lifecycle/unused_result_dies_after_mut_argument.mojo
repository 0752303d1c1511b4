# A `mut` argument whose last use is the call dies when the call returns, before the call's
# unused result (checked with Mojo 1.2).
struct R(Movable):
    var n: String

    def __init__(out self, n: String):
        self.n = n

    def __deinit__(deinit self):
        print("del", self.n)

def take_last(mut xs: List[R]) -> R:
    return xs.pop()

def main():
    var items = List[R]()
    items.append(R("a"))
    items.append(R("b"))
    _ = items.pop()
    print("end 1")
    var more = List[R]()
    more.append(R("c"))
    more.append(R("d"))
    _ = take_last(more)
    print("end 2")
    var keep = List[R]()
    keep.append(R("e"))
    keep.append(R("f"))
    var last = keep.pop()
    print(last.n, len(keep))
    # CHECK: del a
    # CHECK: del b
    # CHECK: end 1
    # CHECK: del c
    # CHECK: del d
    # CHECK: end 2
    # CHECK: del e
    # CHECK: f 1
    # CHECK: del f
