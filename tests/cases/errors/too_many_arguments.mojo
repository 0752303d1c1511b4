def one(x: Int) -> Int:
    return x

def main():
    print(one(1, 2))  # error[E0302]: arguments
