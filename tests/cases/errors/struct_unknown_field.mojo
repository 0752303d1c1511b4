@fieldwise_init
struct P(Copyable, Writable):
    var x: Int


def main():
    var p = P(1)
    print(p.y)  # error[E0310]: no attribute 'y'
