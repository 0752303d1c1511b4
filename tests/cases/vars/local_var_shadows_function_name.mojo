def g() -> Int:
    return 1

def main():
    var g = 5
    print(g)
    # CHECK: 5
