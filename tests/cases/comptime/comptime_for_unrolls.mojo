def main():
    var total = 0
    comptime for i in range(4):
        comptime if i % 2 == 0:
            total += i * 10
        else:
            total += i
    print(total)
    # CHECK: 24
    comptime for k in range(3, 0, -1):
        print(k, end=",")
    print()
    # CHECK: 3,2,1,
