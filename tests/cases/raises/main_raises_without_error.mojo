def safe() raises -> Int:
    return 5

def main() raises:
    print(safe() + 1)
    # CHECK: 6
