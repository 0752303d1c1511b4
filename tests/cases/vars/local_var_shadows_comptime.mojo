comptime N = 3

def main():
    var N = 5
    N += 1
    print(N)
    # CHECK: 6
