def scale(x: Int, *, factor: Int, offset: Int = 0) -> Int:
    return x * factor + offset

def main():
    print(scale(3, factor=4))
    # CHECK: 12
    print(scale(3, offset=1, factor=2))
    # CHECK: 7
