def one(x: Int) -> Int:
    return x

def main():
    print(one(1, 2))  # error[E0302]: takes at most 1 positional argument, got 2
