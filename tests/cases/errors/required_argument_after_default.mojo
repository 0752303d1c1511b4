def f(x: Int = 1, y: Int) -> Int:  # error[E0110]: required argument 'y' follows
    return x + y


def main():
    print(f(1, 2))
