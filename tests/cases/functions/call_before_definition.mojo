def main():
    print(later(20))
    # CHECK: 22

def later(x: Int) -> Int:
    return x + 2
