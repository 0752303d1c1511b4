def main():
    var n = 0
    for i in range(2):
        for j in range(2):
            if i == j:
                n += 1
    print(n)
    # CHECK: 2
