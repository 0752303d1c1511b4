def main():
    var n = 3
    var count = 0
    for _ in range(n):
        n += 10
        count += 1
    print(count, n)
    # CHECK: 3 33
