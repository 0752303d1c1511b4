# Both executors allow the same call depth (250,000 active calls).
def depth(n: Int) -> Int:
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def main():
    print(depth(99990))
    # CHECK: 99990
