def main():
    print(sep=",")
    # CHECK:
    print("a", "b", end="\t")
    print("c")
    # CHECK: a b	c
