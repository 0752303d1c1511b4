# An error inside a stdlib method instantiated for the program's type points back at the call
# that instantiated it (Mojo 1.2 rejects both calls too).
# STDERR: 'Optional.__eq__' instantiated from here
# STDERR: stdlib_method_error_points_to_caller.mojo:17:11
# STDERR: 'List._sort' instantiated from here
# EXIT: 1
# STDERR: stdlib_method_error_points_to_caller.mojo:18:10
@fieldwise_init
struct P(Copyable, Writable):
    var x: Int


def main():
    var a = Optional(P(1))
    var b = Optional(P(1))
    var xs: List[P] = [P(2), P(1)]
    print(a == b)
    sort(xs)
