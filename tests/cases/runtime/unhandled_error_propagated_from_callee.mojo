# EXIT: 1
# STDERR: Unhandled exception caught during execution: too big: 7
def check(n: Int) raises -> Int:
    if n > 5:
        raise Error("too big: " + String(n))
    return n

def main() raises:
    print(check(3))
    # CHECK: 3
    print(check(7))
    print("not reached")
