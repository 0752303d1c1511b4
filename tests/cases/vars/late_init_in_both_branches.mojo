def pick(c: Bool) -> Int:
    var x: Int
    if c:
        x = 1
    else:
        x = 2
    return x

def main():
    print(pick(True), pick(False))
    # CHECK: 1 2
