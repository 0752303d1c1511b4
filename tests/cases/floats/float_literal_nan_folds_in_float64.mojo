def main():
    print((-8.0) ** (1.0 / 3.0))
    # CHECK: nan
    print(1.0 % 0.0)
    # CHECK: nan
