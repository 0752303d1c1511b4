def main():
    print(min(3, 1, 2), max(1.5, 2.5, 0.5), abs(-3))
    # CHECK: 1 2.5 3
    print(round(2.5), round(3.5), round(3.7), round(-2.5), round(-2.7), round(0.2))
    # CHECK: 2.0 4.0 4.0 -2.0 -3.0 0.0
    print(pow(2, 10), pow(2.0, 3.0), divmod(-7, 2)[0], divmod(-7, 2)[1])
    # CHECK: 1024 8.0 -4 1
