def main():
    print(1, 2, 3, sep=", ")
    # CHECK: 1, 2, 3
    print("a", "b", sep="")
    # CHECK: ab
    print("only", sep="XYZ")
    # CHECK: only
