def main():
    var total = 0
    for i in range(3):
        var v = i * 10
        v += 1
        total += v
        print(v)
    # CHECK: 1
    # CHECK: 11
    # CHECK: 21
    print(total)
    # CHECK: 33
