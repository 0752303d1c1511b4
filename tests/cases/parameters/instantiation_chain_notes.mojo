# An error in the body of a generic function's instance shows the chain of calls that
# instantiated it.
# STDERR: 'show[-1]' instantiated from here
# STDERR: 'twice[-1]' instantiated from here
def show[n: Int]() -> Int:
    comptime assert n > 0, "n must be positive"  # error[E0404]: n must be positive
    return n


def twice[n: Int]() -> Int:
    return show[n]() * 2


def main():
    print(twice[-1]())
