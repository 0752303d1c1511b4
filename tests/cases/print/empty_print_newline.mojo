def main():
    print("before")
    # CHECK: before
    print()
    # CHECK:
    print("after")
    # CHECK: after
