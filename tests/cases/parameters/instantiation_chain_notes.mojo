# An error in the body of a generic function's instance shows the chain of calls that
# instantiated it.
# STDERR: 'show[Int]' instantiated from here
# STDERR: 'twice[Int]' instantiated from here
def show[T: AnyType](x: T) -> Int:
    return x.size()  # error[E0310]: 'Int' value has no method 'size'


def twice[T: AnyType](x: T) -> Int:
    return show(x) * 2


def main():
    print(twice(3))
