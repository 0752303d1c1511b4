def main():
    print(1, "two", 3.0, True)
    # CHECK: 1 two 3.0 True
