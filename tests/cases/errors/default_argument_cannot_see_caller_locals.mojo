def f(x: Int = y) -> Int:  # error[E0201]: unknown declaration 'y'
    return x


def main():
    var y = 5
    print(f())
