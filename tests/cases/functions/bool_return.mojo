def is_prime(n: Int) -> Bool:
    if n < 2:
        return False
    var d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True

def main():
    var s = ""
    for i in range(20):
        if is_prime(i):
            s += String(i) + " "
    print(s + "end")
    # CHECK: 2 3 5 7 11 13 17 19 end
