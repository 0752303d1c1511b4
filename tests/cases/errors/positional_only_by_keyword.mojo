# A parameter before `/` is positional-only: naming it in a call is an error (Mojo 1.2 rejects
# the call too).
def g(a: Int, /, b: Int) -> Int:
    return a - b


def main():
    print(g(1, b=2))
    print(g(a=1, b=2))  # error[E0303]: argument 'a' of 'g' is positional-only
