def main():
    var total = 0
    for i in range(1, 101):
        total += i * i
    print(total)
    # CHECK: 338350
