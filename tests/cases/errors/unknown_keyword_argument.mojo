def f(x: Int, *, k: Int = 2) -> Int:
    return x + k

def main():
    print(f(1, q=2))  # error[E0303]: unknown keyword argument 'q'
