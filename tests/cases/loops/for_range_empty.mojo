def main():
    var n = 0
    for _ in range(0):
        n += 1
    for _ in range(5, 2):
        n += 1
    for _ in range(0, 5, -1):
        n += 1
    for _ in range(-3):
        n += 1
    print("iterations:", n)
    # CHECK: iterations: 0
