def a(x: Int) -> Int:
    x = 2  # error[E0307]: cannot assign
    return x

def b():
    break  # error[E0308]: outside

def main():
    print(a(1, 2))  # error[E0302]: takes at most 1 positional argument, got 2
    b()
