def square(x: Int) -> Int:
    return x * x

def main():
    print(square(7), square(-3))
    # CHECK: 49 9
