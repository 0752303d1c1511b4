def fact(n: Int) -> Int:
    if n <= 1:
        return 1
    return n * fact(n - 1)

def main():
    print(fact(5), fact(20))
    # CHECK: 120 2432902008176640000
    print(fact(21))
    # CHECK: -4249290049419214848
