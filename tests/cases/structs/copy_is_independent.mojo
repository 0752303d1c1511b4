@fieldwise_init
struct Box(Copyable, Writable):
    var v: Int


def main():
    var a = Box(1)
    var b = a.copy()
    b.v = 2
    print(a.v, b.v)
    # CHECK: 1 2
