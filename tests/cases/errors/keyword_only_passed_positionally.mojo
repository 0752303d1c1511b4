def f(x: Int, *, k: Int = 2) -> Int:
    return x + k

def main():
    print(f(1, 5))  # error[E0302]: takes at most 1 positional argument, got 2
