def main():
    for i in range(1, 4):
        var line = ""
        for j in range(1, 4):
            if j > 1:
                line += " "
            line += String(i * j)
        print(line)
    # CHECK: 1 2 3
    # CHECK: 2 4 6
    # CHECK: 3 6 9
