def main():
    print(1, "x", 2.5, True, sep="|", end="!\n")
    # CHECK: 1|x|2.5|True!
