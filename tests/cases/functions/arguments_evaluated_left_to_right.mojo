def tag(s: String, v: Int) -> Int:
    print("arg", s)
    return v

def add(a: Int, b: Int, c: Int) -> Int:
    return a + b + c

def main():
    print(add(tag("first", 1), tag("second", 2), tag("third", 3)))
    # CHECK: arg first
    # CHECK: arg second
    # CHECK: arg third
    # CHECK: 6
