def main():
    comptime LIMIT = 3
    var s = 0
    for i in range(LIMIT):
        s += i
    print(LIMIT, s)
    # CHECK: 3 3
