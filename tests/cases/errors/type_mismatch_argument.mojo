def twice(x: Int) -> Int:
    return x * 2

def main():
    print(twice("3"))  # error[E0301]: cannot implicitly convert
