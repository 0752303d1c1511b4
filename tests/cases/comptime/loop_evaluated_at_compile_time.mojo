def sum_to(n: Int) -> Int:
    var total = 0
    for i in range(n + 1):
        total += i
    return total

comptime S = sum_to(100)

def main():
    print(S)
    # CHECK: 5050
