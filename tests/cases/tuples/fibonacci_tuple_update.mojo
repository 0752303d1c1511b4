def main():
    var a = 0
    var b = 1
    for _ in range(10):
        a, b = b, a + b
    print(a, b)
    # CHECK: 55 89
