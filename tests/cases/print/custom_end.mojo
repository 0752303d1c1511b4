def main():
    print("no newline", end="")
    print(" -- joined")
    # CHECK: no newline -- joined
    print("a", end="|")
    print("b", end="|\n")
    # CHECK: a|b|
