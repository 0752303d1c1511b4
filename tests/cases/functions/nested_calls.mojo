def inc(x: Int) -> Int:
    return x + 1

def double(x: Int) -> Int:
    return x * 2

def main():
    print(double(inc(double(inc(1)))))
    # CHECK: 10
    print(inc(inc(inc(0))) + double(double(1)))
    # CHECK: 7
