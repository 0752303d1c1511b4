comptime DEFAULT = 5

def times(x: Int, k: Int = DEFAULT) -> Int:
    return x * k

def main():
    print(times(2), times(2, 3))
    # CHECK: 10 6
