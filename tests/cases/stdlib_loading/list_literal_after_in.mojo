def main():
    var s = 0
    for x in [4, 5]:
        s += x
    print(s)
    # CHECK: 9
