"""The longest Collatz chain below a bound: loops, integer arithmetic, tuples."""


def chain_length(start: Int) -> Int:
    var n = start
    var steps = 1
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def longest(limit: Int) -> Tuple[Int, Int]:
    var best = 1
    var best_len = 1
    for n in range(1, limit):
        var length = chain_length(n)
        if length > best_len:
            best, best_len = n, length
    return (best, best_len)


def main():
    var result = longest(10000)
    print("longest chain below 10000 starts at", result[0], "with", result[1], "terms")
    # CHECK: longest chain below 10000 starts at 6171 with 262 terms
