# A function-typed compile-time parameter needs a function.
def apply[f: def(Int) thin -> Int](x: Int) -> Int:
    return f(x)


def main():
    print(apply[3](1))  # error[E0301]: expected a function
