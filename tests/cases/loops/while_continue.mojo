def main():
    var i = 0
    var odd_sum = 0
    while i < 10:
        i += 1
        if i % 2 == 0:
            continue
        odd_sum += i
    print(odd_sum)
    # CHECK: 25
