comptime N = 4

def main():
    print(N, N * N)
    # CHECK: 4 16
