@fieldwise_init
struct P(Copyable, Writable):
    var x: Int


def main():
    var p = P("one")  # error[E0301]: cannot implicitly convert
