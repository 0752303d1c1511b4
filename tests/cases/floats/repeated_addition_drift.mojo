def main():
    var x: Float64 = 0.0
    for _ in range(10):
        x += 0.1
    print(x, x == 1.0)
    # CHECK: 0.9999999999999999 False
