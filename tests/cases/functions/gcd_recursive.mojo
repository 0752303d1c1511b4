def gcd(a: Int, b: Int) -> Int:
    if b == 0:
        return a
    return gcd(b, a % b)

def main():
    print(gcd(48, 18), gcd(17, 5), gcd(0, 9))
    # CHECK: 6 1 9
