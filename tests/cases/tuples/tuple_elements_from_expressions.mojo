def main():
    var n = 4
    var t = (n * n, String(n) + "!", n > 3)
    print(t[0], t[1], t[2])
    # CHECK: 16 4! True
