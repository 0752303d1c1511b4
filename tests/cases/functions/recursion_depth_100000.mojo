def depth(n: Int) -> Int:
    if n == 0:
        return 0
    return 1 + depth(n - 1)

def main():
    print(depth(100000))
    # CHECK: 100000
